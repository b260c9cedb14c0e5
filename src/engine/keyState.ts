/**
 * The key-state table: which key states each kind of operation accepts, and the
 * error AWS gives otherwise. Every operation names its rule; nothing else checks states.
 */
import { kmsError, type KmsError } from './errors';
import type { KeyState, KmsKey } from './model';

export type StateRule =
  /** Encrypt, Decrypt, ReEncrypt, GenerateDataKey*, …: the key must be usable. */
  | 'cryptographic'
  /** Enable/DisableKeyRotation, RotateKeyOnDemand: like cryptographic use. */
  | 'rotation'
  /** EnableKey, DisableKey: a key that has material and is not on its way out. */
  | 'enable-disable'
  /** ScheduleKeyDeletion, UpdateKeyDescription, CreateAlias, UpdateAlias, tags. */
  | 'management'
  /** GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial: not on its way out. */
  | 'import'
  /** CancelKeyDeletion: only a key that is pending deletion. */
  | 'cancel-deletion'
  /** DescribeKey, GetKeyPolicy, PutKeyPolicy, ListAliases, ListResourceTags, … */
  | 'any';

const ALL: readonly KeyState[] = [
  'Creating',
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'PendingReplicaDeletion',
  'Unavailable',
  'Updating',
];

export const ALLOWED_STATES: Record<StateRule, readonly KeyState[]> = {
  cryptographic: ['Enabled', 'Updating'],
  rotation: ['Enabled', 'Updating'],
  'enable-disable': ['Enabled', 'Disabled'],
  import: ['Enabled', 'Disabled', 'PendingImport'],
  management: ALL.filter((s) => s !== 'PendingDeletion' && s !== 'PendingReplicaDeletion'),
  'cancel-deletion': ['PendingDeletion', 'PendingReplicaDeletion'],
  any: ALL,
};

/** How KMS words "this key is …" in KMSInvalidStateException messages. */
const STATE_PHRASE: Record<KeyState, string> = {
  Creating: 'is creating',
  Enabled: 'is enabled',
  Disabled: 'is disabled',
  PendingDeletion: 'is pending deletion',
  PendingImport: 'is pending import',
  PendingReplicaDeletion: 'is pending deletion',
  Unavailable: 'is unavailable',
  Updating: 'is updating',
};

export const isStateAllowed = (rule: StateRule, state: KeyState): boolean =>
  ALLOWED_STATES[rule].includes(state);

/** The error for using `key` under `rule`, or undefined when its state allows it. */
export function stateError(
  rule: StateRule,
  key: Pick<KmsKey, 'state' | 'arn'>,
): KmsError | undefined {
  if (isStateAllowed(rule, key.state)) return undefined;
  if (rule === 'cancel-deletion') {
    return kmsError('KMSInvalidStateException', `${key.arn} is not pending deletion.`);
  }
  if (key.state === 'Disabled' && (rule === 'cryptographic' || rule === 'rotation')) {
    return kmsError('DisabledException', `${key.arn} is disabled.`);
  }
  return kmsError('KMSInvalidStateException', `${key.arn} ${STATE_PHRASE[key.state]}.`);
}
