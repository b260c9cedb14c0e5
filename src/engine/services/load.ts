/** The simulated services' code loads with their first request (it is not needed before). */
export type { ServiceRequest, ServiceOutcome, ServiceError, ServiceWork } from './requests';

export const loadServices = () => import('./run');
