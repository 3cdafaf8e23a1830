/**
 * precision@k of the matcher over a labelled set (used by npm run bench and the unit tests).
 * For a case with relevant ids R and the top-k answer A: |A ∩ R| / min(k, |R|) (a case with
 * one relevant issue scores 1 when it is anywhere in the top k). A case with no relevant issue
 * scores 1 when the matcher returns nothing, else 0. The figure is the mean over the cases.
 */
import { rankHealthIssues, type MatchableHealthIssue } from './matching'

export interface LabelledCase {
    text: string
    expected: string[]
}

export interface PrecisionReport {
    k: number
    cases: number
    precision: number
    misses: { text: string; expected: string[]; got: string[] }[]
}

export function precisionAtK(issues: MatchableHealthIssue[], cases: LabelledCase[], k: number): PrecisionReport {
    let sum = 0
    const misses: PrecisionReport['misses'] = []
    for (let i = 0; i < cases.length; i++) {
        const c = cases[i]
        const got = rankHealthIssues(c.text, issues, k).map((r) => r.issue.id)
        let p: number
        if (c.expected.length === 0) p = got.length === 0 ? 1 : 0
        else p = got.filter((id) => c.expected.indexOf(id) >= 0).length / Math.min(k, c.expected.length)
        sum += p
        if (p < 1) misses.push({ text: c.text, expected: c.expected, got })
    }
    return { k, cases: cases.length, precision: cases.length ? sum / cases.length : 0, misses }
}
