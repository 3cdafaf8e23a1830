import React from 'react'
import '../shared/now.css'
import { createRoot } from 'react-dom/client'
import { LinkAccountApp } from './LinkAccountApp'

createRoot(document.getElementById('root') as HTMLElement).render(<LinkAccountApp />)
