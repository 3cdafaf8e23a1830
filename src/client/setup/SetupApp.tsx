import React from 'react'

export function SetupApp() {
    return (
        <main className="m365-page">
            <h1>Microsoft 365 support integration: Setup</h1>
        </main>
    )
}
