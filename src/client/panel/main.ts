import { h, render } from 'preact'
import { PanelApp } from './PanelApp'

const incident = new URLSearchParams(window.location.search).get('sysparm_incident') || ''
render(h(PanelApp, { incidentSysId: incident }), document.getElementById('root') as HTMLElement)
