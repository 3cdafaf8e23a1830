import React from 'react'
import { createRoot } from 'react-dom/client'
import '../shared/now.css'
import { DiagnosticsApp } from './DiagnosticsApp'

createRoot(document.getElementById('root') as HTMLElement).render(<DiagnosticsApp />)
