/** Shapes of the panel REST API's answers (src/server/insights/panel-view.ts, src/server/cases/*). */
export interface Problem {
    code: string
    message: string
    correlationId: string
}

export interface SolutionItem {
    sysId: string
    title: string
    summary: string
    url: string
    source: string
    feedback: string
}

export interface HealthItem {
    id: string
    title: string
    service: string
    feature: string | null
    status: string
    isResolved: boolean
    impact: string
    classification: string
    lastUpdate: string | null
    nextUpdate: string | null
    reasons: string[]
}

export interface CaseUpdate {
    direction: string
    author: string
    body: string
    at: string
}

export interface MicrosoftCase {
    sysId: string
    number: string
    title: string
    status: string
    severity: string
    contactEmail: string
    testEnvironment: boolean
    openedOn: string
    lastUpdate: string
    closed: boolean
    updates: CaseUpdate[]
}

export interface PanelView {
    incident: { sysId: string; number: string; shortDescription: string; description: string; state: string }
    abilities: { mode: string; canContactSupport: boolean; setupCompleted: boolean; testEnvironment: boolean; feedbackEnabled: boolean; canSearch: boolean }
    solutions: { items: SolutionItem[]; basic: boolean; fromCache: boolean; fetchedAt: string; notice: string }
    health: { items: HealthItem[]; notice: string }
    microsoftCase: MicrosoftCase | null
    contact: { email: string } | null
    problems: Problem[]
}

export interface SearchAnswer {
    items: SolutionItem[]
    basic: boolean
    notice: string
}
