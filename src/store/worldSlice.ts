import {
  OPERATIONS,
  type Kms,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type OperationRecord,
  type RegionCode,
  type WorldView,
} from '../engine';
import type { SliceCreator } from './appState';

/** How many records the store keeps (newest last). */
export const RECORD_LIMIT = 100;

export interface WorldSlice {
  /** The one KMS engine every action goes through. */
  kms: Kms;
  /** The account as it is now; replaced (never mutated) after every record that can change it. */
  view: WorldView;
  /** The latest records, API calls and service events alike, oldest first. */
  records: readonly OperationRecord[];
  /** One KMS API call in a Region. Resolves to its record; never rejects. */
  call<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    region: RegionCode,
  ): Promise<OperationRecord<OperationOutput<K>>>;
}

/** Whether a record may have changed the world: a service event, or a mutating call that succeeded. */
export function changesWorld(record: OperationRecord): boolean {
  if (record.kind === 'service-event') return true;
  const op = Object.hasOwn(OPERATIONS, record.operation)
    ? OPERATIONS[record.operation as OperationName]
    : undefined;
  return !record.error && op?.readOnly === false;
}

export function createWorldSlice(kms: Kms): SliceCreator<WorldSlice> {
  return (set) => {
    kms.subscribe((record) =>
      set((state) => ({
        // Reads change nothing: keeping the same view spares every view a re-render.
        ...(changesWorld(record) ? { view: kms.view() } : {}),
        records: [...state.records, record].slice(-RECORD_LIMIT),
      })),
    );
    return {
      kms,
      view: kms.view(),
      records: [],
      call: (operation, input, region) => kms.call(operation, input, { region }),
    };
  };
}
