import React from 'react'
import '../shared/now.css'
import { createRoot } from 'react-dom/client'
import { SetupApp } from './SetupApp'

createRoot(document.getElementById('root') as HTMLElement).render(<SetupApp />)
