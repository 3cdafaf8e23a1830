/**
 * The sandbox's demo identities: one place for the users, tenant and app registrations that
 * the sandbox seeds and the Microsoft simulator is configured with. Sandbox-only values; they
 * never ship in the app.
 *
 * Passwords and client secrets are not in the source: each is derived from a random seed kept in
 * `.sandbox/demo-seed` (git-ignored, made on first use), so every process of one checkout (jest,
 * the sandbox, the simulator) agrees on them and no two checkouts share them. `./dev start` prints
 * the users' passwords; `SANDBOX_DEMO_SEED` overrides the seed.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function demoSeed(): string {
    if (process.env.SANDBOX_DEMO_SEED) return process.env.SANDBOX_DEMO_SEED
    const dir = join(__dirname, '..', '..', '.sandbox')
    const file = join(dir, 'demo-seed')
    try {
        return readFileSync(file, 'utf8').trim()
    } catch {
        mkdirSync(dir, { recursive: true })
        try {
            // 'wx': of processes starting at once, the first writes the seed and the others read it.
            writeFileSync(file, randomBytes(24).toString('hex'), { flag: 'wx' })
        } catch {
            /* another process wrote it first */
        }
        return readFileSync(file, 'utf8').trim()
    }
}

const SEED = demoSeed()

/** A demo credential named `name`: readable, unique to this checkout's seed. */
function secret(name: string): string {
    return `${name}-${createHmac('sha256', SEED).update(name).digest('base64url').slice(0, 16)}`
}
export const DEMO_TENANT = 'contoso.onmicrosoft.com'
export const DEMO_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const DEMO_REPOSITORY_ID = 'contoso-servicenow'

export const DEMO_USERS = {
    admin: { userName: 'admin', password: secret('admin'), roles: ['admin'], name: 'System Administrator' },
    m365Admin: {
        userName: 'm365.admin',
        password: secret('m365-admin'),
        roles: ['x_mioms_m365_assis.administrator', 'itil', 'snc_internal'],
        name: 'Morgan Admin',
    },
    agent: { userName: 'agent', password: secret('agent'), roles: ['x_mioms_m365_assis.insights_user', 'itil', 'snc_internal'], name: 'Avery Agent' },
    noRole: { userName: 'itil.only', password: secret('itil'), roles: ['itil', 'snc_internal'], name: 'Riley Without-Role' },
    integration: {
        userName: 'm365.integration',
        password: secret('integration'),
        roles: ['incident_manager', 'snc_internal'],
        name: 'Microsoft 365 connector',
        webServiceOnly: true,
    },
} as const

/** AAD app registrations (Microsoft side) and their ServiceNow counterparts. */
export const DEMO_APPS = {
    outbound: { clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e01', clientSecret: secret('outbound') },
    inboundApi: { clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02', clientSecret: secret('inbound-api') },
    restUser: { clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03', clientSecret: secret('rest-user') },
    /** ServiceNow inbound OAuth client ("OAuth API endpoint for external clients"), basic mode. */
    inboundOAuthClient: { clientId: 'a7c1f0e2b3d44c5d8e9f0a1b2c3d4e5f', clientSecret: secret('inbound-oauth') },
} as const

export const DEMO_INCIDENTS = [
    { short_description: 'Outlook cannot connect to Exchange Online', description: 'Several users in Sales see "Trying to connect..." in Outlook since 9am.' },
    { short_description: 'Teams meetings drop after a few minutes', description: 'Users are disconnected from Microsoft Teams meetings every 5 minutes.' },
    { short_description: 'SharePoint Online site returns access denied', description: 'The HR site shows an access denied page for members.' },
    { short_description: 'OneDrive sync stuck on processing changes', description: 'OneDrive client shows processing changes for hours.' },
    { short_description: 'Printer on floor 3 jams', description: 'Not a Microsoft 365 problem.' },
] as const
