import { parseEncodedQuery, toEncodedQuery } from '../../../sandbox/glide/query/encodedQuery'

describe('parseEncodedQuery', () => {
    it('binds ^OR tighter than ^', () => {
        expect(parseEncodedQuery('a=1^ORb=2^c=3').condition).toEqual({
            kind: 'and',
            conditions: [
                { kind: 'or', conditions: [{ kind: 'term', field: 'a', operator: '=', value: '1' }, { kind: 'term', field: 'b', operator: '=', value: '2' }] },
                { kind: 'or', conditions: [{ kind: 'term', field: 'c', operator: '=', value: '3' }] },
            ],
        })
    })

    it('ORs ^NQ groups and collects ORDERBY / ORDERBYDESC', () => {
        const parsed = parseEncodedQuery('a=1^ORDERBYnumber^NQb=2^ORDERBYDESCsys_created_on')
        expect(parsed.condition.kind).toBe('or')
        expect(parsed.orderBy).toEqual([
            { field: 'number', descending: false },
            { field: 'sys_created_on', descending: true },
        ])
    })

    it('reads every supported operator, longest spelling first', () => {
        const ops = ['a=1', 'a!=1', 'aLIKE1', 'aNOT LIKE1', 'aSTARTSWITH1', 'aENDSWITH1', 'aIN1,2', 'aNOT IN1,2', 'aISEMPTY', 'aISNOTEMPTY', 'a<1', 'a<=1', 'a>1', 'a>=1']
        const parsed = ops.map((q) => parseEncodedQuery(q).condition)
        const operators = parsed.map((c) => (c.kind === 'and' && c.conditions[0].kind === 'or' ? (c.conditions[0].conditions[0] as { operator: string }).operator : ''))
        expect(operators).toEqual(['=', '!=', 'LIKE', 'NOT LIKE', 'STARTSWITH', 'ENDSWITH', 'IN', 'NOT IN', 'ISEMPTY', 'ISNOTEMPTY', '<', '<=', '>', '>='])
    })

    it('treats ^^ as a literal caret and stops at ^EQ', () => {
        const parsed = parseEncodedQuery('short_description=a^^b^EQ^ignored=1')
        expect(parsed.condition).toEqual({
            kind: 'and',
            conditions: [{ kind: 'or', conditions: [{ kind: 'term', field: 'short_description', operator: '=', value: 'a^b' }] }],
        })
    })

    it('refuses what it cannot emulate instead of ignoring it', () => {
        expect(() => parseEncodedQuery('caller_id.name=Bob')).toThrow(/Dot-walked/)
        expect(() => parseEncodedQuery('sys_created_on>javascript:gs.daysAgo(1)')).toThrow(/javascript/)
        expect(() => parseEncodedQuery('stateVALCHANGES')).toThrow(/operator/)
        expect(() => parseEncodedQuery('^ORa=1')).toThrow(/\^OR/)
    })

    it('serialises back to an equivalent encoded query', () => {
        const q = 'a=1^ORb=2^cLIKEx^^y^ORDERBYDESCd'
        expect(toEncodedQuery(parseEncodedQuery(q).condition, parseEncodedQuery(q).orderBy)).toBe(q)
    })
})
