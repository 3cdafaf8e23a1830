/** Shapes of the Microsoft support connector contract (docs/connector-api.openapi.yaml), outbound half. */
export type Severity = 'A' | 'B' | 'C'
export type ServiceRequestStatus = 'open' | 'inProgress' | 'waitingForCustomer' | 'resolved' | 'closed'

export interface Solution {
    id: string
    title: string
    summary: string
    url: string
    source: 'microsoftLearn' | 'supportArticle' | 'community' | 'serviceHealth'
    score: number
}

export interface HealthIssue {
    id: string
    title: string
    service: string
    feature: string | null
    classification: 'incident' | 'advisory'
    status: string
    isResolved: boolean
    impactDescription: string
    startDateTime: string
    endDateTime: string | null
    lastModifiedDateTime: string
    nextUpdateDateTime: string | null
    score: number
}

export interface AdminValidation {
    email: string
    valid: boolean
    canCreateTickets: boolean
    reason: null | 'UnknownUser' | 'NotAnAdmin' | 'NoSupportPermission'
}

export interface Repository {
    repositoryId: string
    endpoint: string
    authenticationType: 'basic' | 'oauth' | 'aad'
    registered: true
}

export interface Contact {
    email: string
    phone?: string
    preferredContactMethod: 'email' | 'phone'
}

export interface ServiceRequestCreate {
    repositoryId: string
    incidentNumber: string
    incidentSysId: string
    title: string
    description: string
    severity: Severity
    contact: Contact
    isTestEnvironment: boolean
}

export interface ServiceRequestCreated {
    id: string
    status: ServiceRequestStatus
    severity: Severity
    createdDateTime: string
}

export interface ServiceRequest extends ServiceRequestCreate {
    id: string
    status: ServiceRequestStatus
    owner: string | null
    createdDateTime: string
    lastModifiedDateTime: string
}

export interface CommunicationCreate {
    messageId: string
    body: string
    author: string
}

export interface Communication extends CommunicationCreate {
    createdDateTime: string
    direction: 'toMicrosoft' | 'fromMicrosoft'
}
