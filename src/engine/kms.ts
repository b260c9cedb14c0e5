/**
 * The KMS engine: one account, its Regions, a simulated clock, and `call`, through which
 * every request passes: validate → the operation (resolve, authorize, check state, act)
 * → CloudTrail → record. Calls are serialized, so state changes never interleave.
 */
import { loadAuthorization } from './authorization';
import { synchronizeReplicas } from './multiRegion';
import { isBytes } from './crypto/bytes';
import { eventTime, loggable, userIdentityOf, type CloudTrailEvent } from './cloudtrail';
import { forgetCryptoKeys } from './crypto/aesGcm';
import { isKmsError, kmsError, type KmsError } from './errors';
import type { RegionState, WorldState } from './model';
import { factsOf, OPERATION_CATALOG, isOperationName, type OperationName } from './catalog';
import { OperationContext } from './operation';
import type { OperationInput, OperationOutput } from './operations';
import { KMS_SERVICE, rootPrincipal, type Principal } from './principal';
import {
  checkIdentityPolicyDocument,
  checkPolicyName,
  defaultIdentityPolicies,
  IamError,
  policySize,
  ROLE_INLINE_POLICY_LIMIT,
} from './principalPolicies';
import {
  identities,
  identity,
  isIdentityId,
  servicePrincipal,
  type Identity,
  type IdentityId,
  type ServicePrincipalName,
} from './principals';
import type { OperationRecord } from './record';
import { loadOperations } from './registry';
import { isRegionCode, REGION_CODES, type RegionCode } from './regions';
import { dueConnections, loadDueWork, upcomingEvents, type DueEvent } from './scheduler';
import { SNAPSHOT_FORMAT, checkSnapshot, type KmsSnapshot } from './snapshot';
import type { TraceStep } from './trace';
import { worldView, type WorldView } from './view';
import { emptyServices, type AwsServiceName } from './services/model';
import { SERVICES } from './services/catalog';
import { loadServices, type ServiceOutcome, type ServiceRequest } from './services/load';
import type { ServiceRuntime } from './services/runtime';
import type { CreateClusterOptions } from './cloudhsm/cluster';
import { emptyCloudHsm, type CloudHsmState, type Hsm } from './cloudhsm/model';
import { clusterView, type CloudHsmClusterView } from './cloudhsm/view';

export interface KmsOptions {
  /** 12 digits; default 111122223333. */
  accountId?: string;
  /** Where the simulated clock starts (epoch ms or Date); default: the real time now. */
  startTime?: number | Date;
}

export interface CallOptions {
  /** Region code of the endpoint called; default us-east-1. */
  region?: string;
  /** Who calls; default the account's root. */
  principal?: Principal;
  /** CloudTrail's userAgent (default `kms-lab`, or the invoking service). */
  userAgent?: string;
  /** The access key id the request was signed with (CloudTrail's userIdentity.accessKeyId). */
  accessKeyId?: string;
  /**
   * The AWS service making this call for the principal (S3 for an uploader):
   * CloudTrail's userIdentity.invokedBy, and the service as source address and user agent.
   */
  invokedBy?: string;
}

export type RecordListener = (record: OperationRecord) => void;

/** CloudTrail event history kept in memory (newest last). */
export const TRAIL_LIMIT = 5000;
const TRAIL_TRIM_BATCH = 500;

/** Errors raised before KMS understood the request: not audited. */
const UNREAD_REQUEST = new Set(['UnknownOperationException', 'SerializationException']);

export const DEFAULT_ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION: RegionCode = 'us-east-1';

export function createKms(options: KmsOptions = {}): Kms {
  return new Kms(options);
}

const emptyRegions = (): Record<string, RegionState> =>
  Object.fromEntries(REGION_CODES.map((r) => [r, { keys: {}, aliases: {} }]));

export class Kms {
  readonly regions: readonly RegionCode[] = REGION_CODES;
  private world: WorldState;
  private trail: CloudTrailEvent[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private listeners = new Set<RecordListener>();

  constructor(options: KmsOptions = {}) {
    const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    if (!/^\d{12}$/.test(accountId))
      throw new Error(`accountId must be 12 digits, got '${accountId}'`);
    const start = options.startTime ?? Date.now();
    this.world = {
      accountId,
      now: +start,
      regions: emptyRegions(),
      identityPolicies: defaultIdentityPolicies(accountId),
      services: emptyServices(),
      cloudHsm: emptyCloudHsm(),
    };
  }

  get accountId(): string {
    return this.world.accountId;
  }

  // -------------------------------------------------------------------------------------
  // Identities and their IAM policies. These are IAM's, not KMS's: reading or changing them
  // is no KMS operation, so it does not pass through `call` and leaves no KMS CloudTrail
  // record (principalPolicies.ts says more).

  /** The lab's identities: root, the account's roles, the partner's role. */
  identities(): Identity[] {
    return identities(this.world.accountId);
  }

  /** Who a call made as `id` runs as (pass it as CallOptions.principal). */
  principal(id: IdentityId): Principal {
    return identity(this.knownIdentity(id), this.world.accountId).principal;
  }

  /** An AWS service acting by itself. */
  servicePrincipal(service: ServicePrincipalName): Principal {
    return servicePrincipal(service, this.world.accountId);
  }

  /** The inline IAM policies of an identity: policy name → JSON document, names sorted. */
  identityPolicies(id: IdentityId): Record<string, string> {
    const policies = this.world.identityPolicies[this.knownIdentity(id)];
    return Object.fromEntries(Object.entries(policies).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /**
   * Adds or replaces an inline IAM policy (IAM's PutRolePolicy). Rejects with an IamError,
   * changing nothing, when the name or the document is refused or the role's policies would
   * exceed IAM's size limit. The root user can have no IAM policies.
   */
  putIdentityPolicy(id: IdentityId, name: string, document: string): Promise<void> {
    return this.serialized(async () => {
      const who = identity(this.knownIdentity(id), this.world.accountId);
      if (who.kind === 'root') {
        // IAM has no call for this: policies attach to users, groups and roles only.
        throw new IamError('InvalidInput', 'The root user cannot have IAM policies.');
      }
      checkPolicyName(name);
      if (typeof document !== 'string')
        throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.');
      checkIdentityPolicyDocument(document);
      const next = { ...this.world.identityPolicies[id], [name]: document };
      const size = Object.values(next).reduce((n, d) => n + policySize(d), 0);
      if (size > ROLE_INLINE_POLICY_LIMIT) {
        throw new IamError(
          'LimitExceeded',
          `Maximum policy size of ${ROLE_INLINE_POLICY_LIMIT} bytes exceeded for role ${who.name}`,
        );
      }
      this.world.identityPolicies[id] = next;
    });
  }

  /** Removes an inline IAM policy (IAM's DeleteRolePolicy); NoSuchEntity if there is none. */
  deleteIdentityPolicy(id: IdentityId, name: string): Promise<void> {
    return this.serialized(async () => {
      const policies = this.world.identityPolicies[this.knownIdentity(id)];
      if (!Object.hasOwn(policies, name)) {
        throw new IamError('NoSuchEntity', `The role policy with name ${name} cannot be found.`);
      }
      const { [name]: _removed, ...rest } = policies;
      this.world.identityPolicies[id] = rest;
    });
  }

  /** `id` itself, or IAM's NoSuchEntity when a caller passes something that is none. */
  private knownIdentity(id: IdentityId): IdentityId {
    if (isIdentityId(id)) return id;
    throw new IamError('NoSuchEntity', `The role with name ${String(id)} cannot be found.`);
  }

  // -------------------------------------------------------------------------------------
  // The simulated AWS CloudHSM service (cloudhsm/). CloudHSM's API, not KMS's: like the IAM
  // methods above, these pass through no `call` and leave no KMS CloudTrail record. They
  // reject with a CloudHsmError (CloudHsmInvalidRequestException, …), changing nothing.

  /** The clusters, oldest first (every Region, or one). Never a user's password. */
  cloudHsmClusters(region?: string): CloudHsmClusterView[] {
    return Object.values(this.cloudHsm.clusters)
      .filter((c) => region === undefined || c.region === region)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map(clusterView);
  }

  /** CreateCluster: UNINITIALIZED with subnets in the zones given (default: all the Region's). */
  createCloudHsmCluster(options: CreateClusterOptions): Promise<CloudHsmClusterView> {
    return this.serialized(async () => {
      const { createCluster } = await loadCloudHsm();
      return clusterView(createCluster(this.cloudHsm, options, this.world.now));
    });
  }

  /** InitializeCluster (needs an HSM): INITIALIZED, with the trust anchor given or a new one. */
  initializeCloudHsmCluster(clusterId: string, trustAnchor?: string): Promise<CloudHsmClusterView> {
    return this.serialized(async () => {
      const { initializeCluster } = await loadCloudHsm();
      return clusterView(initializeCluster(this.cloudHsm, clusterId, trustAnchor));
    });
  }

  /** Activation, and the crypto user `kmsuser` with the password a key store will hold. */
  activateCloudHsmCluster(
    clusterId: string,
    kmsUserPassword: string,
  ): Promise<CloudHsmClusterView> {
    return this.serialized(async () => {
      const { activateCluster } = await loadCloudHsm();
      return clusterView(activateCluster(this.cloudHsm, clusterId, kmsUserPassword));
    });
  }

  /** CreateHsm in one of the cluster's Availability Zones: ACTIVE at once. */
  createCloudHsmHsm(clusterId: string, availabilityZone: string): Promise<Hsm> {
    return this.serialized(async () => {
      const { createHsm } = await loadCloudHsm();
      return { ...createHsm(this.cloudHsm, clusterId, availabilityZone, this.world.now) };
    });
  }

  /** DeleteHsm: the HSM is gone at once. */
  deleteCloudHsmHsm(clusterId: string, hsmId: string): Promise<void> {
    return this.serialized(async () => {
      const { deleteHsm, getCluster } = await loadCloudHsm();
      getCluster(this.cloudHsm, clusterId);
      deleteHsm(this.cloudHsm, clusterId, hsmId);
    });
  }

  private get cloudHsm(): CloudHsmState {
    return (this.world.cloudHsm ??= emptyCloudHsm());
  }

  /** Runs one KMS API call. Resolves to its record; never rejects. */
  call<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    options?: CallOptions,
  ): Promise<OperationRecord<OperationOutput<K>>>;
  call(operation: string, input: unknown, options?: CallOptions): Promise<OperationRecord>;
  call(operation: string, input: unknown, options: CallOptions = {}): Promise<OperationRecord> {
    return this.serialized(async () => {
      const record = await this.execute(operation, input, options);
      this.emit(record);
      // Only a change can make something due now (enabling a key past its rotation date).
      if (!isReadOnly(operation)) await this.runDue(this.world.now);
      return record;
    });
  }

  /**
   * A request to a simulated AWS service (S3 PutObject, …) made by `principal`: the service
   * calls KMS for them — each call its own record, audited with the service in invokedBy —
   * and does its half of envelope encryption itself. Resolves to what the service answered
   * and did; never rejects.
   */
  async service(
    request: ServiceRequest,
    options: { region?: string; principal?: Principal } = {},
  ): Promise<ServiceOutcome> {
    const region = options.region ?? DEFAULT_REGION;
    const principal = options.principal ?? rootPrincipal(this.world.accountId);
    const { runServiceRequest } = await loadServices();
    return runServiceRequest(this.serviceRuntime(request.service, region, principal), request);
  }

  private serviceRuntime(
    service: AwsServiceName,
    region: string,
    principal: Principal,
  ): ServiceRuntime {
    const invokedBy = SERVICES[service].principal;
    const world = () => this.world;
    return {
      service,
      region,
      accountId: this.world.accountId,
      caller: principal.arn,
      now: () => this.world.now,
      kms: (operation, input, options) =>
        this.call(
          operation,
          input,
          options?.asService
            ? { region, principal: servicePrincipal(invokedBy, this.world.accountId) }
            : { region, principal, invokedBy },
        ),
      awsManagedKey: () => this.awsManagedKey(service, region, principal),
      get state() {
        return world().services;
      },
    };
  }

  /**
   * The ARN of a service's AWS managed key in a Region. The first time, the service creates
   * it for the caller who needed it: audited as CreateKey with the service in invokedBy
   * (our choice: AWS documents no record for it), and played like any other call.
   */
  private awsManagedKey(
    service: AwsServiceName,
    region: string,
    principal: Principal,
  ): Promise<string> {
    return this.serialized(async () => {
      const invokedBy = SERVICES[service].principal;
      const trace: TraceStep[] = [
        {
          type: 'call',
          principal: principal.arn,
          region,
          endpoint: `kms.${region}.amazonaws.com`,
          operation: 'CreateKey',
        },
      ];
      const ctx = new OperationContext(this.world, region, principal, trace, 'any', invokedBy);
      const { createAwsManagedKey, findAwsManagedKey } = await loadServices();
      const existing = findAwsManagedKey(ctx, service);
      if (existing) return existing.arn;
      const { key, metadata } = await createAwsManagedKey(ctx, service);
      const input = { Description: key.description };
      const record = this.apiCallRecord(
        ctx,
        'CreateKey',
        input,
        { output: { KeyMetadata: metadata }, audited: true },
        { invokedBy },
      );
      this.emit(record);
      return key.arn;
    });
  }

  /** The simulated clock. Advancing it runs what falls due, each as its own record. */
  readonly clock = {
    now: (): Date => new Date(this.world.now),
    advance: (ms: number): Promise<OperationRecord[]> => {
      if (!Number.isFinite(ms) || ms < 0)
        return Promise.reject(new RangeError('advance needs ms ≥ 0'));
      return this.serialized(() => this.runDue(this.world.now + ms));
    },
    /** What is scheduled: rotations and deletions, soonest first. */
    upcoming: (): DueEvent[] => upcomingEvents(this.world),
  };

  /** Every record, API calls and service events alike, as it happens. */
  subscribe(listener: RecordListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The account as plain data for views: keys, aliases, time. Never key material. */
  view(): WorldView {
    return worldView(this.world);
  }

  get cloudTrail(): readonly CloudTrailEvent[] {
    return this.trail;
  }

  /** The whole state, key material included: a structured-cloneable value. */
  snapshot(): Promise<KmsSnapshot> {
    return this.serialized(async () => ({
      ...SNAPSHOT_FORMAT,
      world: structuredClone(this.world),
      cloudTrail: structuredClone(this.trail),
    }));
  }

  /** Replaces the whole state with a snapshot's; rejects (changing nothing) if it is not one. */
  restore(snapshot: unknown): Promise<void> {
    return this.serialized(async () => {
      const valid = checkSnapshot(snapshot);
      this.world = structuredClone(valid.world);
      this.trail = structuredClone(valid.cloudTrail);
      forgetCryptoKeys();
    });
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private emit(record: OperationRecord): void {
    for (const listener of this.listeners) {
      try {
        listener(record);
      } catch {
        // A listener's failure is its own; the engine carries on.
      }
    }
  }

  private async execute(
    operation: string,
    input: unknown,
    options: CallOptions,
  ): Promise<OperationRecord> {
    const region = options.region ?? DEFAULT_REGION;
    const principal = options.principal ?? rootPrincipal(this.world.accountId);
    const trace: TraceStep[] = [
      {
        type: 'call',
        principal: principal.arn,
        region,
        endpoint: `kms.${region}.amazonaws.com`,
        operation,
      },
    ];
    const facts = factsOf(operation);
    const ctx = new OperationContext(
      this.world,
      region,
      principal,
      trace,
      facts?.keyState,
      options.invokedBy,
    );
    let output: unknown;
    let error: KmsError | undefined;
    let rollback: Record<string, RegionState> | undefined;
    try {
      if (!isRegionCode(region)) {
        throw kmsError(
          'UnrecognizedClientException',
          'The security token included in the request is invalid.',
        );
      }
      if (!facts) throw kmsError('UnknownOperationException');
      // The implementations and authorization load with the first call (registry.ts,
      // authorization.ts); every later call finds them loaded.
      const [registry] = await Promise.all([loadOperations(), loadAuthorization()]);
      const op = registry.OPERATIONS[operation as OperationName];
      try {
        registry.validateInput(input, op.input);
      } catch (e) {
        if (isKmsError(e)) trace.push({ type: 'validate', ok: false, error: e.name });
        throw e;
      }
      if (!facts.readOnly) rollback = structuredClone(this.world.regions);
      // Each operation's input type is checked by its declared members just above.
      output = await op.run(ctx, input as never);
      if (!facts.readOnly) this.synchronizeTouched(ctx);
    } catch (e) {
      error = isKmsError(e) ? e : kmsError('KMSInternalException', 'An internal error occurred.');
      if (rollback) this.world.regions = rollback;
    }
    // A request KMS could not read (unknown operation, unreadable member) is never audited.
    const audited = !error || !UNREAD_REQUEST.has(error.name);
    return this.apiCallRecord(ctx, operation, input, { output, error, audited }, options);
  }

  /** Audits an API call (unless told not to), ends its trace, and makes its record. */
  private apiCallRecord(
    ctx: OperationContext,
    operation: string,
    input: unknown,
    result: { output?: unknown; error?: KmsError; audited: boolean },
    options: CallOptions,
  ): OperationRecord {
    const { output, error, audited } = result;
    const { principal, region, trace } = ctx;
    const facts = factsOf(operation);
    const id = crypto.randomUUID();
    const event: CloudTrailEvent = {
      eventVersion: '1.08',
      userIdentity: userIdentityOf(principal, {
        time: this.world.now,
        ...(options.accessKeyId ? { accessKeyId: options.accessKeyId } : {}),
        ...(options.invokedBy ? { invokedBy: options.invokedBy } : {}),
      }),
      eventTime: eventTime(this.world.now),
      eventSource: 'kms.amazonaws.com',
      eventName: operation,
      awsRegion: region,
      // A service calling for someone is its own source, as CloudTrail shows it.
      sourceIPAddress: options.invokedBy ?? '198.51.100.7',
      userAgent: options.userAgent ?? options.invokedBy ?? 'kms-lab',
      requestParameters:
        isPlainObject(input) && Object.keys(input).length > 0 ? loggable(input) : null,
      responseElements: facts?.logsResponse && isPlainObject(output) ? loggable(output) : null,
      ...(error
        ? { errorCode: error.name, ...(error.message ? { errorMessage: error.message } : {}) }
        : {}),
      requestID: id,
      eventID: crypto.randomUUID(),
      readOnly: facts?.readOnly ?? true,
      ...(ctx.resources.length > 0 ? { resources: this.resourcesOf(ctx) } : {}),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: this.world.accountId,
      eventCategory: 'Management',
    };
    if (audited) {
      this.writeTrail(event);
      trace.push({ type: 'audit', eventId: event.eventID, eventName: operation });
    }
    trace.push(
      error
        ? { type: 'return', ok: false, error: { name: error.name, message: error.message } }
        : { type: 'return', ok: true },
    );
    return {
      id,
      kind: 'api-call',
      operation,
      region,
      principal: principal.arn,
      ...(options.invokedBy ? { invokedBy: options.invokedBy } : {}),
      time: this.world.now,
      input,
      ...(error ? { error } : { output }),
      trace,
      events: audited ? [event] : [],
    };
  }

  /** Runs, in time order, everything due up to `until`, then leaves the clock at `until`. */
  private async runDue(until: number): Promise<OperationRecord[]> {
    const records: OperationRecord[] = await this.settleConnections(until);
    for (;;) {
      const next = upcomingEvents(this.world)[0];
      if (!next || next.at > until) break;
      this.world.now = Math.max(this.world.now, next.at);
      const record = await this.serviceEvent(next);
      records.push(record);
      this.emit(record);
    }
    this.world.now = Math.max(this.world.now, until);
    return records;
  }

  private async serviceEvent(due: DueEvent): Promise<OperationRecord> {
    const { runDueEvent } = await loadDueWork();
    const trace: TraceStep[] = [];
    const service: Principal = {
      arn: KMS_SERVICE,
      accountId: this.world.accountId,
      type: 'AWSService',
      principalId: KMS_SERVICE,
    };
    const ctx = new OperationContext(this.world, due.region, service, trace);
    runDueEvent(ctx, due);
    this.synchronizeTouched(ctx);
    const id = crypto.randomUUID();
    const event: CloudTrailEvent = {
      eventVersion: '1.08',
      userIdentity: {
        type: 'AWSService',
        accountId: this.world.accountId,
        invokedBy: 'AWS Internal',
      },
      eventTime: eventTime(this.world.now),
      eventSource: 'kms.amazonaws.com',
      eventName: due.kind,
      awsRegion: due.region,
      sourceIPAddress: 'AWS Internal',
      userAgent: 'AWS Internal',
      requestParameters: null,
      responseElements: null,
      requestID: id,
      eventID: crypto.randomUUID(),
      readOnly: false,
      resources: this.resourcesOf(ctx),
      eventType: 'AwsServiceEvent',
      managementEvent: true,
      recipientAccountId: this.world.accountId,
      eventCategory: 'Management',
      serviceEventDetails: { keyId: due.keyId },
    };
    this.writeTrail(event);
    trace.push({ type: 'audit', eventId: event.eventID, eventName: due.kind });
    return {
      id,
      kind: 'service-event',
      operation: due.kind,
      region: due.region,
      principal: KMS_SERVICE,
      time: this.world.now,
      input: { KeyId: due.keyId },
      output: {},
      trace,
      events: [event],
    };
  }

  /**
   * KMS finishes the custom key store connections due by `until` (ConnectCustomKeyStore
   * leaves them CONNECTING): each its own record, so the canvas sees CONNECTING and then the
   * outcome. AWS writes no CloudTrail event for it, so neither does the lab.
   */
  private async settleConnections(until: number): Promise<OperationRecord[]> {
    const due = dueConnections(this.world, until);
    if (due.length === 0) return [];
    const { finishConnecting } = await loadDueWork();
    return due.map(({ region, store }) => {
      const outcome = finishConnecting(this.world, region, store);
      const record: OperationRecord = {
        id: crypto.randomUUID(),
        kind: 'service-event',
        operation: 'ConnectCustomKeyStore',
        region,
        principal: KMS_SERVICE,
        time: this.world.now,
        input: { CustomKeyStoreId: store.id },
        output: {
          ConnectionState: store.connectionState,
          ...(store.connectionErrorCode ? { ConnectionErrorCode: store.connectionErrorCode } : {}),
        },
        trace: [
          {
            type: 'change',
            target: 'custom-key-store',
            id: store.id,
            what: outcome === 'CONNECTED' ? 'connected' : 'connection-failed',
          },
        ],
        events: [],
      };
      this.emit(record);
      return record;
    });
  }

  /** A change to a multi-Region primary reaches its replicas (multiRegion.ts). */
  private synchronizeTouched(ctx: OperationContext): void {
    for (const arn of ctx.resources) {
      const keyId = arn.slice(arn.lastIndexOf('/') + 1);
      if (keyId.startsWith('mrk-')) synchronizeReplicas(this.world, keyId);
    }
  }

  private resourcesOf(ctx: OperationContext): CloudTrailEvent['resources'] {
    return ctx.resources.map((ARN) => ({
      accountId: this.world.accountId,
      type: 'AWS::KMS::Key',
      ARN,
    }));
  }

  private writeTrail(event: CloudTrailEvent): void {
    this.trail.push(event);
    // Trim in batches: dropping one event per call would shift the whole array every time.
    if (this.trail.length >= TRAIL_LIMIT + TRAIL_TRIM_BATCH) {
      this.trail.splice(0, this.trail.length - TRAIL_LIMIT);
    }
  }
}

/** The CloudHSM service's code loads with its first use (the first paint needs only its view). */
const loadCloudHsm = () => import('./cloudhsm/cluster');

const isReadOnly = (operation: string): boolean =>
  isOperationName(operation) && OPERATION_CATALOG[operation].readOnly;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !isBytes(v);
