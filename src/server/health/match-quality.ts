/**
 * How well the matcher ranks, over a labelled set (npm run bench and the unit tests).
 * A case is an incident (short description, description; the text is built as the panel builds
 * it, incidentQuery) with the ids R of the candidates an analyst judged relevant; R may be empty
 * ("should match nothing"). A is the matcher's answer, best first; A_k its first k entries.
 * Over the cases with R non-empty (n of them):
 *   - recall@k     mean of |A_k ∩ R| / |R|: the share of the relevant candidates shown in the top k
 *                  (what the bench used to call precision@3)
 *   - precision@k  mean of |A_k ∩ R| / k: the share of the k places holding a relevant candidate
 *                  (an empty place counts as wrong; with one relevant candidate the best is 1/k,
 *                  so the report also gives the ceiling, the mean of min(|R|, k) / k)
 *   - precision@1  the share of cases whose first answer is relevant (no answer counts as wrong)
 *   - MRR          mean of 1 / (rank of the first relevant candidate in the whole answer), 0 when
 *                  none is ranked at all
 * Over the cases with R empty:
 *   - false-match rate  the share that got any match at all
 * A figure over no cases is 0.
 */
import { matchableFromIssue, matchableFromMessage, rankHealthIssues, type GraphServiceUpdateMessage, type MatchableHealthIssue } from './matching'
import type { GraphIssue } from './mapping'
import { incidentQuery } from '../insights/incident'

export interface LabelledCase {
    id?: string
    split?: string
    shortDescription: string
    description?: string
    expected: string[]
}

export interface MatchMiss {
    id: string
    text: string
    expected: string[]
    got: string[]
}

export interface MatchQuality {
    k: number
    cases: number
    /** Cases with at least one relevant candidate. */
    shouldMatch: number
    /** Cases that should match nothing. */
    shouldMatchNothing: number
    recallAtK: number
    precisionAtK: number
    /** The best precision@k the labels allow. */
    precisionAtKCeiling: number
    precisionAt1: number
    mrr: number
    falseMatchRate: number
    /** Cases where A_k is not exactly the relevant candidates' top (a relevant one missing from the top k, a wrong first answer, or any match where none should be). */
    misses: MatchMiss[]
}

/** The candidates of a labelled set: its Graph health issues and its Message center posts. */
export function candidatesOf(issues: GraphIssue[], messages: GraphServiceUpdateMessage[]): MatchableHealthIssue[] {
    return issues.map(matchableFromIssue).concat(messages.map(matchableFromMessage))
}

/** The text the panel ranks for a case: short description, then description. */
export function caseText(c: LabelledCase): string {
    return incidentQuery({ sysId: '', number: '', state: '', shortDescription: c.shortDescription || '', description: c.description || '' })
}

function mean(sum: number, count: number): number {
    return count > 0 ? sum / count : 0
}

/** One case's answer: the candidate ids the matcher ranked for it, best first (all of them, not only k). */
export interface RankedAnswer {
    id: string
    text: string
    expected: string[]
    ranked: string[]
}

/** The figures over answers already ranked (the definitions are in this module's comment). */
export function qualityOf(answers: RankedAnswer[], k: number): MatchQuality {
    let positives = 0
    let negatives = 0
    let recall = 0
    let precision = 0
    let ceiling = 0
    let first = 0
    let reciprocal = 0
    let falseMatches = 0
    const misses: MatchMiss[] = []
    for (let i = 0; i < answers.length; i++) {
        const a = answers[i]
        const top = a.ranked.slice(0, k)
        const relevant = a.expected
        let missed: boolean
        if (relevant.length === 0) {
            negatives++
            missed = top.length > 0
            if (missed) falseMatches++
        } else {
            positives++
            const hits = top.filter((id) => relevant.indexOf(id) >= 0).length
            recall += hits / relevant.length
            precision += hits / k
            ceiling += Math.min(relevant.length, k) / k
            const firstRelevant = top.length > 0 && relevant.indexOf(top[0]) >= 0
            if (firstRelevant) first++
            for (let r = 0; r < a.ranked.length; r++) {
                if (relevant.indexOf(a.ranked[r]) >= 0) {
                    reciprocal += 1 / (r + 1)
                    break
                }
            }
            missed = hits < Math.min(relevant.length, k) || !firstRelevant
        }
        if (missed) misses.push({ id: a.id, text: a.text, expected: relevant, got: top })
    }
    return {
        k,
        cases: answers.length,
        shouldMatch: positives,
        shouldMatchNothing: negatives,
        recallAtK: mean(recall, positives),
        precisionAtK: mean(precision, positives),
        precisionAtKCeiling: mean(ceiling, positives),
        precisionAt1: mean(first, positives),
        mrr: mean(reciprocal, positives),
        falseMatchRate: mean(falseMatches, negatives),
        misses,
    }
}

/** Ranks every case's text against the candidates (the whole ranking, for MRR) and measures it. */
export function measureMatchQuality(candidates: MatchableHealthIssue[], cases: LabelledCase[], k: number): MatchQuality {
    const answers: RankedAnswer[] = []
    for (let i = 0; i < cases.length; i++) {
        const c = cases[i]
        const text = caseText(c)
        const ranked = rankHealthIssues(text, candidates, candidates.length).map((r) => r.issue.id)
        answers.push({ id: c.id || String(i + 1), text, expected: c.expected || [], ranked })
    }
    return qualityOf(answers, k)
}
