/**
 * The simulated AWS services (S3, EBS, RDS, Parameter Store, Secrets Manager): the learner,
 * as the identity they act as, asks a service for something, and the canvas plays the whole
 * of it — the request reaching the service, the service's KMS calls (their records arrive
 * through the engine's subscription), the envelope-encryption work the service does itself,
 * and its answer.
 */
import type {
  IdentityId,
  RegionCode,
  ServiceOutcome,
  ServiceRequest,
  ServiceWorkAction,
} from '../engine';
import type { LocalAction } from '../graph';
import type { SliceCreator } from './appState';
import { localRecord } from './localWork';

export interface ServicesSlice {
  /**
   * Sends a request to a simulated AWS service in a Region, as the identity acted as (or
   * `as`: a course diagram runs as the root user). Plays it; resolves to what the service
   * answered and did; never rejects.
   */
  askService(
    request: ServiceRequest,
    region: RegionCode,
    options?: { as?: IdentityId },
  ): Promise<ServiceOutcome>;
}

/** The canvas's name for each piece of work a service does itself. */
export const SERVICE_WORK_ACTION: Readonly<Record<ServiceWorkAction, LocalAction>> = {
  'encrypt-data': 'service-encrypt-data',
  'decrypt-data': 'service-decrypt-data',
  'discard-plaintext-key': 'service-discard-plaintext-key',
  store: 'service-store',
  'hold-data-key': 'service-hold-data-key',
  'aws-owned-encrypt': 'aws-owned-encrypt',
  'aws-owned-decrypt': 'aws-owned-decrypt',
};

export const createServicesSlice: SliceCreator<ServicesSlice> = (set, get) => ({
  askService: async (request, region, options) => {
    const { kms } = get();
    const principal = kms.principal(options?.as ?? get().actingAs).arn;
    const play = (
      action: LocalAction,
      bytes: number,
      extra: { ok?: boolean; errorCode?: string } = {},
    ) =>
      get().playLocal(
        localRecord(action, {
          region,
          principal,
          bytes,
          time: get().view.now,
          service: request.service,
          serviceAction: request.action,
          ...extra,
        }),
      );
    play('service-request', 0);
    const outcome = await kms.service(request, {
      region,
      principal: kms.principal(options?.as ?? get().actingAs),
    });
    for (const work of outcome.work) {
      // What the service keeps changed: the canvas shows it from the moment it is stored.
      if (work.action === 'store') set((state) => ({ view: kms.view(), previousView: state.view }));
      play(SERVICE_WORK_ACTION[work.action], work.bytes);
    }
    play('service-response', 0, outcome.error ? { ok: false, errorCode: outcome.error.code } : {});
    return outcome;
  },
});
