/** Server side of the catalogue: the text goes through gs.getMessage so instances can translate it. */
import { gs } from '@servicenow/glide'
import { MESSAGES, MessageId } from './catalogue'

export function userMessage(id: MessageId, args: string[] = []): string {
    return gs.getMessage(MESSAGES[id], args)
}
