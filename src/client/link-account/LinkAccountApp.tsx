import React from 'react'

export function LinkAccountApp() {
    return (
        <main className="m365-page">
            <h1>Link Microsoft 365 admin account</h1>
        </main>
    )
}
