import type { Platform } from './platform'

/** The "current node": gs, GlideRecord and RESTMessageV2 act on it (one per test or sandbox). */
let current: Platform | undefined

export function setCurrentPlatform(platform: Platform | undefined): void {
    current = platform
}

export function currentPlatform(): Platform {
    if (!current) throw new Error('No current platform: call setCurrentPlatform(...) or createTestPlatform() first')
    return current
}
