/** Every simulated service's actions, by service (one file per service). */
import type { KmsErrorMapper, ServiceFlow } from './flow';
import type { AwsServiceName } from './model';
import type { ServiceRequest } from './requests';
import { EBS } from './ebs';
import { RDS } from './rds';
import { S3 } from './s3';
import { SECRETS_MANAGER } from './secretsManager';
import { SSM } from './ssm';

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

export const SERVICE_HANDLERS: { [S in AwsServiceName]: ServiceHandlers<S> } = {
  s3: S3,
  ebs: EBS,
  rds: RDS,
  ssm: SSM,
  secretsmanager: SECRETS_MANAGER,
};
