/** Runs one request to a simulated service: the handler of its action, in a ServiceFlow. */
import { SERVICE_HANDLERS } from './handlers';
import { ServiceFailure, ServiceFlow } from './flow';
import type { ServiceOutcome, ServiceRequest } from './requests';
import type { ServiceRuntime } from './runtime';

export { createAwsManagedKey, findAwsManagedKey } from './awsManagedKey';

type Handler = (flow: ServiceFlow, request: ServiceRequest) => Promise<Record<string, unknown>>;

export async function runServiceRequest(
  rt: ServiceRuntime,
  request: ServiceRequest,
): Promise<ServiceOutcome> {
  const { mapKmsError, actions } = SERVICE_HANDLERS[request.service];
  const flow = new ServiceFlow(rt, mapKmsError);
  const base = {
    service: request.service,
    action: request.action,
    region: rt.region,
    caller: rt.caller,
  };
  try {
    // The table pairs each action with its handler; the request's shape is that action's.
    const handler = (actions as Record<string, Handler | undefined>)[request.action];
    if (!handler) throw new Error(`${request.service} has no action ${request.action}`);
    const output = await handler(flow, request);
    return { ...base, output, calls: flow.calls, work: flow.work };
  } catch (e) {
    if (!(e instanceof ServiceFailure)) throw e;
    return { ...base, error: e.error, calls: flow.calls, work: flow.work };
  }
}
