/**
 * The panel's first data: index.html's inline script starts the GET before this bundle has even
 * downloaded (window.m365PanelFirstView), so the two overlap. Its answer is read as every API
 * answer is (readApiResponse: errors carry the server's message); a network failure or no early
 * request falls back to callApi.
 */
import { callApi, readApiResponse } from '../shared/api'
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
        let response: Response | null = null
        try {
            response = await early
        } catch {
            // a network failure: ask again below, and let callApi report it
        }
        if (response) return readApiResponse<PanelView>(response)
    }
    return callApi<PanelView>('GET', path)
}
