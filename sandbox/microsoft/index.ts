// Public surface of the Microsoft simulator (see sandbox/microsoft/README.md).
export { startSimulator, type RunningSimulator } from './server'
export { SimulatorControl, type SimConfig, type HealthIssueUpdate } from './control'
export type { AgentAction } from './agent'
export type { SimulatorOptions } from './types'
export { Contract, CONTRACT_PATH } from './contract'
export { verifyJwt, decodeJwt, type PublicJwk } from './jwt'
export { generateHealthIssues, incidentReportBytes } from './graph'
export * from './store'
