import React from 'react'
import { createRoot } from 'react-dom/client'
import { PanelApp } from './PanelApp'

const incident = new URLSearchParams(window.location.search).get('sysparm_incident') || ''
createRoot(document.getElementById('root') as HTMLElement).render(<PanelApp incidentSysId={incident} />)
