/**
 * Business rules — docs: "Business rules" (Server scripting) and "Business rule execution order":
 * rules of a table run ordered by `order` (then in definition order); `before` rules run before
 * the database write and may cancel it with current.setAbortAction(true); `after` rules run after
 * the write; `async` rules are queued and run later, as their own transaction, with `previous`
 * unavailable (null) — here they run when the test or sandbox calls platform.runAsyncQueue().
 * Rules come from sys_script rows (collection, when, action_insert/update/delete, order, active,
 * filter_condition = encoded query, condition = JavaScript expression, script = JavaScript) and
 * from rules registered in code with platform.addBusinessRule(). A rule that throws is logged
 * (syslog, level 2) and recorded in platform.scriptErrors; the transaction continues, as on the instance.
 */
import { parseEncodedQuery } from './query/encodedQuery'
import { typedCondition } from './fieldTypes'
import { allOf, anyOf, matchesCondition, term } from './store/semantics'
import { Condition, Row } from './store/types'

export type RuleWhen = 'before' | 'after' | 'async'
export type RuleAction = 'insert' | 'update' | 'delete'

/** What a rule sees as `current` / `previous` (a GlideRecord); kept structural to avoid an import cycle. */
export interface RuleRecord {
    isActionAborted(): boolean
    getTableName(): string
    toRow(): Row
}

export interface CodeBusinessRule {
    name?: string
    table: string
    when: RuleWhen
    actions: RuleAction[]
    order?: number
    /** Encoded query the record must match (like filter_condition). */
    filterCondition?: string
    fn(current: RuleRecord, previous: RuleRecord | null): void
}

export interface RuleHost {
    store: import('./store/types').Store
    runScript(script: string, globals: Record<string, unknown>): unknown
    scriptGlobals(current: RuleRecord, previous: RuleRecord | null): Record<string, unknown>
    reportScriptError(source: string, error: unknown): void
    runAs<T>(userId: string | null, fn: () => T): T
    sessionUserId(): string | null
}

interface ResolvedRule {
    name: string
    order: number
    filter?: Condition
    jsCondition?: string
    execute(current: RuleRecord, previous: RuleRecord | null): void
}

interface QueuedRule {
    rule: ResolvedRule
    userId: string | null
    load(): { current: RuleRecord; previous: RuleRecord | null } | null
}

export class BusinessRuleEngine {
    private readonly codeRules: CodeBusinessRule[] = []
    private readonly queue: QueuedRule[] = []

    constructor(private readonly host: RuleHost) {}

    add(rule: CodeBusinessRule): void {
        this.codeRules.push(rule)
    }

    private rulesFor(table: string, when: RuleWhen, action: RuleAction): ResolvedRule[] {
        const fromTable: ResolvedRule[] = this.host.store
            .query('sys_script', {
                where: allOf([
                    term('collection', '=', table),
                    // The Now SDK writes BusinessRule({ when: 'async' }) as 'async_always' (the platform's
                    // current async type; plain 'async' is the deprecated one): both run from the queue.
                    when === 'async' ? anyOf([term('when', '=', 'async'), term('when', '=', 'async_always')]) : term('when', '=', when),
                    term(`action_${action}`, 'IN', 'true,1'),
                    term('active', 'NOT IN', 'false,0'),
                ]),
            })
            .map((row) => ({
                name: row.name ?? row.sys_id!,
                order: Number(row.order ?? 100),
                // filter_condition on a True/False field matches either spelling (active=true, active=1).
                filter: row.filter_condition ? typedCondition(this.host.store, table, parseEncodedQuery(row.filter_condition).condition) : undefined,
                jsCondition: row.condition ?? undefined,
                execute: (current, previous) => {
                    this.host.runScript(row.script ?? '', this.host.scriptGlobals(current, previous))
                },
            }))
        const fromCode: ResolvedRule[] = this.codeRules
            .filter((r) => r.table === table && r.when === when && r.actions.includes(action))
            .map((r, i) => ({
                name: r.name ?? `code rule ${i + 1}`,
                order: r.order ?? 100,
                filter: r.filterCondition ? typedCondition(this.host.store, table, parseEncodedQuery(r.filterCondition).condition) : undefined,
                execute: (current, previous) => r.fn(current, previous),
            }))
        return [...fromTable, ...fromCode].sort((a, b) => a.order - b.order)
    }

    private applies(rule: ResolvedRule, current: RuleRecord, previous: RuleRecord | null): boolean {
        if (rule.filter && !matchesCondition(current.toRow(), rule.filter)) return false
        if (rule.jsCondition && rule.jsCondition.trim() !== '') {
            const globals = this.host.scriptGlobals(current, previous)
            return !!this.host.runScript(`return (${rule.jsCondition});`, globals)
        }
        return true
    }

    private runOne(rule: ResolvedRule, current: RuleRecord, previous: RuleRecord | null): void {
        try {
            if (this.applies(rule, current, previous)) rule.execute(current, previous)
        } catch (error) {
            this.host.reportScriptError(`Business rule '${rule.name}' on ${current.getTableName()}`, error)
        }
    }

    /** Runs the before or after rules; before rules stop at the first abort. */
    run(when: 'before' | 'after', action: RuleAction, current: RuleRecord, previous: RuleRecord | null): void {
        for (const rule of this.rulesFor(current.getTableName(), when, action)) {
            this.runOne(rule, current, previous)
            if (when === 'before' && current.isActionAborted()) return
        }
    }

    /** Queues the async rules of a write; `load` re-reads the record when the queue runs. */
    enqueueAsync(table: string, action: RuleAction, load: QueuedRule['load']): void {
        for (const rule of this.rulesFor(table, 'async', action)) {
            this.queue.push({ rule, userId: this.host.sessionUserId(), load })
        }
    }

    pendingAsync(): number {
        return this.queue.length
    }

    /** Runs queued async rules (including ones queued meanwhile) as the user who caused them; returns how many ran. */
    drainAsync(): number {
        let ran = 0
        while (this.queue.length) {
            const item = this.queue.shift()!
            const loaded = item.load()
            if (!loaded) continue
            this.host.runAs(item.userId, () => this.runOne(item.rule, loaded.current, null))
            ran++
        }
        return ran
    }
}
