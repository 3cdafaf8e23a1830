import React from 'react'
import { createRoot } from 'react-dom/client'
import { ServiceHealthApp } from './ServiceHealthApp'

createRoot(document.getElementById('root') as HTMLElement).render(<ServiceHealthApp />)
