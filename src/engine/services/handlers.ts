/** Every simulated service's actions, by service (one file per service). */
import type { KmsErrorMapper, ServiceFlow } from './flow';
import type { AwsServiceName } from './model';
import type { ServiceRequest } from './requests';
import { S3 } from './s3';

type ActionsOf<S extends AwsServiceName> = {
  [A in Extract<ServiceRequest, { service: S }>['action']]: (
    flow: ServiceFlow,
    request: Extract<ServiceRequest, { service: S; action: A }>,
  ) => Promise<Record<string, unknown>>;
};

export interface ServiceHandlers<S extends AwsServiceName> {
  mapKmsError: KmsErrorMapper;
  actions: ActionsOf<S>;
}

export const SERVICE_HANDLERS: { [S in AwsServiceName]?: ServiceHandlers<S> } = {
  s3: S3,
};
