import React from 'react'
import { createRoot } from 'react-dom/client'
import { SetupApp } from './SetupApp'

createRoot(document.getElementById('root') as HTMLElement).render(<SetupApp />)
