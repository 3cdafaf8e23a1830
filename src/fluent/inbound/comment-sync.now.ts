import '@servicenow/sdk/global'
import { BusinessRule, ScheduledScript } from '@servicenow/sdk/core'
import { deliverQueued, queueAgentComment, retryDue } from '../../server/inbound/comment-sync'

// Agent comments reach Microsoft outside the agent's transaction (src/server/inbound/comment-sync.ts).

/**
 * Queues agents' additional comments on an incident with an open Microsoft case. No condition:
 * changes() is not available for journal fields (GlideElement - Scoped), so the script checks the
 * open case first (one indexed query) and reads the journal. Not on insert: a new incident has no case.
 */
export const queueAgentCommentRule = BusinessRule({
    $id: Now.ID['br_queue_agent_comment'],
    name: 'Microsoft 365: queue agent comment for Microsoft support',
    table: 'incident',
    when: 'after',
    action: ['update'],
    order: 1000,
    active: true,
    script: queueAgentComment,
    description: "Queues the comments written since the incident's Microsoft case opened, once each (by journal entry); the connector's own messages are skipped.",
})

/** Sends a queued comment right after the transaction that queued it. */
export const deliverQueuedRule = BusinessRule({
    $id: Now.ID['br_deliver_queued_comment'],
    name: 'Microsoft 365: send queued comment to Microsoft support',
    table: 'x_mioms_m365_assis_communication',
    when: 'async',
    action: ['insert'],
    filterCondition: 'direction=toMicrosoft^state=queued',
    order: 100,
    active: true,
    script: deliverQueued,
    description: 'Posts the comment to the Microsoft case (postServiceRequestCommunication); failures wait for the retry job.',
})

/** Sends again what failed for a reason that may pass (throttling, outage, incomplete Setup), with backoff. */
export const retryCommentsJob = ScheduledScript({
    $id: Now.ID['job_retry_comments'],
    name: 'Microsoft 365: retry comments to Microsoft support',
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2026-01-01 00:00:00',
    active: true,
    script: retryDue,
})
