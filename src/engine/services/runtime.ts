/**
 * What a simulated service may do with KMS (services/*.ts use nothing else): call KMS for a
 * customer — as that customer, the service named in invokedBy — or as itself; find or create
 * its AWS managed key; keep what it stores. The engine (kms.ts) provides it.
 */
import type { OperationName } from '../catalog';
import type { OperationInput, OperationOutput } from '../operations';
import type { OperationRecord } from '../record';
import type { AwsServiceName, ServicesState } from './model';

export interface ServiceRuntime {
  readonly service: AwsServiceName;
  readonly region: string;
  readonly accountId: string;
  /** The customer's principal ARN (who asked the service). */
  readonly caller: string;
  now(): number;
  /** A KMS call for the customer (invokedBy the service), or by the service itself (`asService`). */
  kms<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    options?: { asService?: boolean },
  ): Promise<OperationRecord<OperationOutput<K>>>;
  /** The ARN of the service's AWS managed key in the Region, created (and audited) if needed. */
  awsManagedKey(): Promise<string>;
  /** The services' stored state (mutable; the engine snapshots it with the world). */
  readonly state: ServicesState;
}
