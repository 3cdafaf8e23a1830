import React from 'react'
import '../shared/now.css'
import { createRoot } from 'react-dom/client'
import { ServiceHealthApp } from './ServiceHealthApp'

createRoot(document.getElementById('root') as HTMLElement).render(<ServiceHealthApp />)
