/**
 * Shapes of the panel REST API's answers. They are the server's own boundary types, imported
 * type-only (erased from the page's bundle), so page and routes cannot drift apart.
 */
export type { ShownProblem as Problem, PanelView } from '../../server/insights/panel-view'
export type { SolutionView as SolutionItem } from '../../server/insights/solutions'
export type { HealthIssueMatch as HealthItem } from '../../server/health/health-matches'
export type { CaseUpdate, CaseView as MicrosoftCase } from '../../server/cases/case-record'
export type { CaseContact } from '../../server/cases/linked-admin'

import type { SolutionView } from '../../server/insights/solutions'
import type { CaseView } from '../../server/cases/case-record'

/** POST /panel/search (src/server/insights/panel-routes.ts). */
export interface SearchAnswer {
    items: SolutionView[]
    basic: boolean
    notice: string
}

/** GET /panel/incidents/{sys_id}?part=case: the case as stored (polled while a case is open). */
export interface StoredCaseAnswer {
    microsoftCase: CaseView | null
}
