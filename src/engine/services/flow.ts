/**
 * One service request in progress: the KMS calls it makes and the work it does, in order,
 * and how it fails. Every service's handlers (s3.ts, ebs.ts, …) work through one.
 */
import type { OperationName } from '../catalog';
import type { OperationInput, OperationOutput } from '../operations';
import type { OperationRecord } from '../record';
import type { AwsServiceName, StoredItem } from './model';
import type { ServiceError, ServiceWork, ServiceWorkAction } from './requests';
import type { ServiceRuntime } from './runtime';

/** Thrown by a handler to end its request with the service's error. */
export class ServiceFailure extends Error {
  constructor(readonly error: ServiceError) {
    super(error.message);
    this.name = 'ServiceFailure';
  }
}

export const serviceFailure = (
  code: string,
  message: string,
  kms?: { name: string; message: string },
): ServiceFailure => new ServiceFailure({ code, message, ...(kms ? { kms } : {}) });

/**
 * How a service reports a KMS refusal, in its own words: S3 passes the KMS exception on as
 * `KMS.<name>` (a denial as its own AccessDenied); the others say it per service.
 */
export type KmsErrorMapper = (kms: { name: string; message: string }) => ServiceError;

export class ServiceFlow {
  readonly calls: OperationRecord[] = [];
  readonly work: ServiceWork[] = [];

  constructor(
    readonly rt: ServiceRuntime,
    private readonly mapKmsError: KmsErrorMapper,
  ) {}

  get service(): AwsServiceName {
    return this.rt.service;
  }

  /** A KMS call; its output, or the request ends with the service's error for its refusal. */
  async kms<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    options?: { asService?: boolean },
  ): Promise<OperationOutput<K>> {
    const record = await this.rt.kms(operation, input, options);
    this.calls.push(record);
    if (record.error) {
      const kms = { name: record.error.name, message: record.error.message };
      throw new ServiceFailure(this.mapKmsError(kms));
    }
    return record.output as OperationOutput<K>;
  }

  /** Records work the service did itself. */
  did(action: ServiceWorkAction, bytes: number): void {
    this.work.push({ action, bytes });
  }

  /** The service's items in this Region. */
  items(): StoredItem[] {
    return (this.rt.state.items[this.rt.region] ??= []);
  }

  /** One of this service's items in this Region by name. */
  find(name: string): StoredItem | undefined {
    return this.items().find((i) => i.service === this.service && i.name === name);
  }

  /** Keeps an item, replacing one of the same name. */
  keep(item: StoredItem): void {
    const items = this.items();
    const at = items.findIndex((i) => i.service === item.service && i.name === item.name);
    if (at >= 0) items[at] = item;
    else items.push(item);
  }
}
