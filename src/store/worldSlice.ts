import {
  isOperationName,
  OPERATION_CATALOG,
  type IdentityId,
  type Kms,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type OperationRecord,
  type RegionCode,
  type WorldView,
} from '../engine';
import type { SliceCreator } from './appState';

/**
 * CloudTrail's userAgent of the reads a view makes to show something (the inspector's
 * DescribeKey, GetKeyPolicy…), as the AWS console's own reads appear in CloudTrail. They are
 * real calls, audited like any other, but not something the learner did: the player skips them.
 */
export const BACKGROUND_USER_AGENT = 'kms-lab console';

export const isBackgroundRead = (record: OperationRecord): boolean =>
  record.events[0]?.userAgent === BACKGROUND_USER_AGENT;

/** How many records the store keeps (newest last). */
export const RECORD_LIMIT = 100;

export interface WorldSlice {
  /** The one KMS engine every action goes through. */
  kms: Kms;
  /** The account as it is now; replaced (never mutated) after every record that can change it. */
  view: WorldView;
  /** The view as it was before the latest change (the player draws a call's "before"). */
  previousView: WorldView;
  /** The latest records, API calls and service events alike, oldest first. */
  records: readonly OperationRecord[];
  /**
   * One KMS API call in a Region, made as the identity the learner acts as (`actingAs`).
   * Resolves to its record; never rejects. `background`: a read a view makes to show
   * something, not an action (see BACKGROUND_USER_AGENT) — made as that identity too, as
   * the console's own reads are (actingSlice.ts says why). `as`: another identity makes
   * this call (a course diagram runs as the root user, whoever the learner acts as).
   */
  call<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    region: RegionCode,
    options?: { background?: boolean; as?: IdentityId },
  ): Promise<OperationRecord<OperationOutput<K>>>;
}

/** Whether a record may have changed the world: a service event, or a mutating call that succeeded. */
export function changesWorld(record: OperationRecord): boolean {
  if (record.kind === 'service-event') return true;
  return (
    !record.error &&
    isOperationName(record.operation) &&
    !OPERATION_CATALOG[record.operation].readOnly
  );
}

export function createWorldSlice(kms: Kms): SliceCreator<WorldSlice> {
  return (set, get) => {
    kms.subscribe((record) =>
      set((state) => ({
        // Reads change nothing: keeping the same view spares every view a re-render.
        ...(changesWorld(record) ? { view: kms.view(), previousView: state.view } : {}),
        records: [...state.records, record].slice(-RECORD_LIMIT),
      })),
    );
    return {
      kms,
      view: kms.view(),
      previousView: kms.view(),
      records: [],
      call: (operation, input, region, options) =>
        kms.call(operation, input, {
          region,
          principal: kms.principal(options?.as ?? get().actingAs),
          ...(options?.background ? { userAgent: BACKGROUND_USER_AGENT } : {}),
        }),
    };
  };
}
