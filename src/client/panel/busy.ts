/**
 * A form's or button's one call at a time: busy while it runs (the control disables itself), its
 * error handed to the panel, which shows the server's catalogue message.
 */
import { useState } from 'preact/hooks'

export function useBusyCall(onError: (error: unknown) => void): [boolean, (call: () => Promise<void>) => Promise<void>] {
    const [busy, setBusy] = useState(false)
    async function run(call: () => Promise<void>) {
        setBusy(true)
        try {
            await call()
        } catch (error) {
            onError(error)
        } finally {
            setBusy(false)
        }
    }
    return [busy, run]
}
