/**
 * The panel's first data: index.html's inline script starts the GET before this bundle has even
 * downloaded (window.m365PanelFirstView), so the two overlap. A failed or missing early answer
 * falls back to callApi, the one way pages call the API (its errors carry the server's message).
 */
import { callApi } from '../shared/api'
import { PanelView } from './types'

declare global {
    interface Window {
        m365PanelFirstView?: Promise<Response>
    }
}

export async function loadPanelView(path: string): Promise<PanelView> {
    const early = window.m365PanelFirstView
    window.m365PanelFirstView = undefined // only the first load may use it
    if (early) {
        try {
            const response = await early
            if (response.ok) return ((await response.json()) as { result: PanelView }).result
        } catch {
            // a network failure: ask again below, and let callApi report it
        }
    }
    return callApi<PanelView>('GET', path)
}
