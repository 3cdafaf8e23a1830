import React from 'react'

export function PanelApp({ incidentSysId }: { incidentSysId: string }) {
    return (
        <main className="m365-panel" data-incident={incidentSysId}>
            <h2>Microsoft 365 Insights</h2>
        </main>
    )
}
