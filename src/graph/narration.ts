/**
 * One line of narration per trace step ("KMS in eu-west-1 decrypts with version 2 of the
 * key's material"), as a text key and its values; the UI translates it (es, en). Like the
 * timeline, it is read from the trace, so the words say what the engine did.
 */
import { SERVICES, serviceOfPrincipal, viaService } from '../engine';
import type { AuthorizeStep, TraceStep } from '../engine';
import {
  CLOUDHSM_NARRATION_KEYS,
  hsmMaterialCaption,
  hsmRandomCaption,
  storeChangeCaption,
  type HsmZone,
} from './cloudHsmNarration';
import type { LocalAction, LocalRecord, PlayableRecord } from './localRecord';

type MaterialStep = Extract<TraceStep, { type: 'material' }>;
type ChangeStep = Extract<TraceStep, { type: 'change' }>;

/** A record's request members (records keep the input as the caller gave it). */
const requestMembers = (input: unknown): Readonly<Record<string, unknown>> =>
  input && typeof input === 'object' ? (input as Record<string, unknown>) : {};

/** The texts a caption can use: `narration.<key>` in src/i18n/features/narration.*.ts. */
export const NARRATION_KEYS = [
  'call',
  'callViaService',
  'validate',
  'resolveAlias',
  'resolveKey',
  'resolveCiphertext',
  'resolveMissing',
  'authorizeAllow',
  'authorizeAllowIam',
  'authorizeAllowGrant',
  'authorizeAllowRoot',
  'authorizeAllowRetire',
  'authorizeDeny',
  'authorizeDenyIam',
  'authorizeDenyNoKeyPolicy',
  'authorizeDenyNoIamPolicy',
  'authorizeDenyRetire',
  'stateOk',
  'stateRefused',
  'materialGenerate',
  'materialEncrypt',
  'materialEncryptDataKey',
  'materialDecrypt',
  'materialDecryptFailed',
  'materialDecryptRelated',
  'materialRotate',
  'materialDestroy',
  'materialImport',
  'materialSign',
  'materialVerify',
  'materialVerifyFailed',
  'materialGenerateMac',
  'materialVerifyMac',
  'materialVerifyMacFailed',
  'materialDeriveSharedSecret',
  'materialGenerateKeyPair',
  'materialGenerateHmacKey',
  'materialEncryptPublic',
  'materialDecryptPrivate',
  'materialDecryptPrivateFailed',
  'dataKeyWithPlaintext',
  'dataKeyWithoutPlaintext',
  'dataKeyPairWithPlaintext',
  'dataKeyPairWithoutPlaintext',
  'materialEncryptDataKeyPair',
  'random',
  'keyCreated',
  'keyEnabled',
  'keyDisabled',
  'keyDeletionScheduled',
  'keyDeletionCancelled',
  'keyDeleted',
  'keyDescription',
  'keyTags',
  'keyPolicy',
  'keyRotationEnabled',
  'keyRotationDisabled',
  'keyGrantCreated',
  'keyGrantRetired',
  'keyGrantRevoked',
  'keyChanged',
  'keyReplicated',
  'keyPrimaryRegionPrimary',
  'keyPrimaryRegionReplica',
  'keySynchronized',
  'aliasCreated',
  'aliasRetargeted',
  'aliasDeleted',
  'aliasChanged',
  'audit',
  'returnOk',
  'returnError',
  'localEncrypt',
  'localDecrypt',
  'localDiscard',
  'localSharePublicKey',
  'localEncryptWithPublicKey',
  'localSendCiphertext',
  'localSendSignature',
  'localVerifyWithPublicKey',
  'localVerifyWithPublicKeyFailed',
  'localDownloadImportParameters',
  'localGenerateKeyMaterial',
  'localWrapKeyMaterial',
  'localSendWrappedMaterial',
  'serviceRequest',
  'serviceResponse',
  'serviceResponseError',
  'serviceEncrypt',
  'serviceDecrypt',
  'serviceDiscard',
  'serviceStore',
  'serviceHoldDataKey',
  'awsOwnedEncrypt',
  'awsOwnedDecrypt',
  ...CLOUDHSM_NARRATION_KEYS,
] as const;

/** The engine's `change` steps, by what changed. */
const KEY_CHANGES: Record<string, NarrationKey> = {
  created: 'keyCreated',
  enabled: 'keyEnabled',
  disabled: 'keyDisabled',
  'deletion-scheduled': 'keyDeletionScheduled',
  'deletion-cancelled': 'keyDeletionCancelled',
  deleted: 'keyDeleted',
  description: 'keyDescription',
  tags: 'keyTags',
  policy: 'keyPolicy',
  'rotation-enabled': 'keyRotationEnabled',
  'rotation-disabled': 'keyRotationDisabled',
  'grant-created': 'keyGrantCreated',
  'grant-retired': 'keyGrantRetired',
  'grant-revoked': 'keyGrantRevoked',
  replicated: 'keyReplicated',
  synchronized: 'keySynchronized',
};
const ALIAS_CHANGES: Record<string, NarrationKey> = {
  created: 'aliasCreated',
  retargeted: 'aliasRetargeted',
  deleted: 'aliasDeleted',
};

export type NarrationKey = (typeof NARRATION_KEYS)[number];

/**
 * A caption's text key and values. Besides what the text shows, the values carry what the UI
 * needs to name things as the canvas does (see src/ui/format/captionText.ts): `actor` is the
 * caller's ARN, `keyId` the full id of the key that `key` names by its short id, and `state`
 * the key state's API value.
 */
export interface Caption {
  key: NarrationKey;
  values: Record<string, string | number>;
}

/** A key as narration names it when nothing better is known: the first 8 characters of its id. */
const shortId = (keyId: string | undefined) => (keyId ? `${keyId.slice(0, 8)}…` : '');

/** The values that name a key: its short id, and its full id for the UI to look it up. */
const keyValues = (keyId: string | undefined): Record<string, string> =>
  keyId ? { key: shortId(keyId), keyId } : { key: shortId(keyId) };

/** Operations whose `encrypt` material step encrypts the data key they generate. */
const DATA_KEY_OPERATIONS: ReadonlySet<string> = new Set([
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
]);
/** Operations whose `encrypt` material step encrypts the private key of the pair they generate. */
const DATA_KEY_PAIR_OPERATIONS: ReadonlySet<string> = new Set([
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
]);

const LOCAL: Record<LocalAction, NarrationKey> = {
  'encrypt-data': 'localEncrypt',
  'decrypt-data': 'localDecrypt',
  'discard-plaintext-key': 'localDiscard',
  'share-public-key': 'localSharePublicKey',
  'encrypt-with-public-key': 'localEncryptWithPublicKey',
  'send-ciphertext': 'localSendCiphertext',
  'send-signature': 'localSendSignature',
  'verify-with-public-key': 'localVerifyWithPublicKey',
  'download-import-parameters': 'localDownloadImportParameters',
  'generate-key-material': 'localGenerateKeyMaterial',
  'wrap-key-material': 'localWrapKeyMaterial',
  'send-wrapped-material': 'localSendWrappedMaterial',
  'service-request': 'serviceRequest',
  'service-response': 'serviceResponse',
  'service-encrypt-data': 'serviceEncrypt',
  'service-decrypt-data': 'serviceDecrypt',
  'service-discard-plaintext-key': 'serviceDiscard',
  'service-store': 'serviceStore',
  'service-hold-data-key': 'serviceHoldDataKey',
  'aws-owned-encrypt': 'awsOwnedEncrypt',
  'aws-owned-decrypt': 'awsOwnedDecrypt',
};

/** A local record's caption key: a failure reads differently from the usual words. */
function localKey(record: LocalRecord): NarrationKey {
  if (record.ok === false && record.action === 'verify-with-public-key')
    return 'localVerifyWithPublicKeyFailed';
  if (record.ok === false && record.action === 'service-response') return 'serviceResponseError';
  return LOCAL[record.action];
}

/**
 * What names the service in a service's work: its title as AWS writes it (`Amazon S3`, never
 * translated), the action asked for, the Region and, on a refusal, the service's error code.
 */
const serviceValues = (record: LocalRecord): Record<string, string> =>
  record.service
    ? {
        region: record.region,
        service: SERVICES[record.service].title,
        ...(record.serviceAction ? { serviceAction: record.serviceAction } : {}),
        ...(record.errorCode ? { errorCode: record.errorCode } : {}),
      }
    : {};

/** A policy statement as narration names it: its Sid, or its position (1 = the first). */
const statementName = (by: { sid?: string; statementIndex?: number }): string =>
  by.sid ?? `#${(by.statementIndex ?? 0) + 1}`;

/**
 * The authorize step in words: what allowed (the key policy statement, the IAM policy and
 * statement, the grant, the root user) or what refused (an explicit Deny, or the kind of
 * policy that never allowed).
 */
function authorizeCaption(s: AuthorizeStep): Caption {
  const action = s.action;
  const by = s.decidedBy;
  if (s.decision === 'deny') {
    if (!by && action === 'kms:RetireGrant')
      return { key: 'authorizeDenyRetire', values: { action } };
    if (!by)
      return {
        key:
          s.missing === 'identity-based-policy'
            ? 'authorizeDenyNoIamPolicy'
            : 'authorizeDenyNoKeyPolicy',
        values: { action },
      };
    if (by.source === 'identity-policy')
      return {
        key: 'authorizeDenyIam',
        values: { action, policy: by.policyName ?? '', statement: statementName(by) },
      };
    if (by.source === 'key-policy')
      return { key: 'authorizeDeny', values: { action, statement: statementName(by) } };
    return { key: 'authorizeDenyRetire', values: { action } };
  }
  switch (by?.source) {
    case 'identity-policy':
      return {
        key: 'authorizeAllowIam',
        values: { action, policy: by.policyName ?? '', statement: statementName(by) },
      };
    case 'grant':
      return { key: 'authorizeAllowGrant', values: { action, grant: shortId(by.grantId) } };
    case 'grant-retirement':
      return { key: 'authorizeAllowRetire', values: { action, grant: shortId(by.grantId) } };
    case 'root-user':
      return { key: 'authorizeAllowRoot', values: { action } };
    case 'key-policy':
    case undefined:
      return { key: 'authorizeAllow', values: { action, statement: by ? statementName(by) : '' } };
  }
}

/** Multi-Region keys' ids start with `mrk-` (related keys share it in every Region). */
const isMultiRegionKeyId = (keyId: string): boolean => keyId.startsWith('mrk-');

/**
 * What a key change is called. UpdatePrimaryRegion changes two keys: the one in the call's
 * Region (the primary until now) and its replica in `region`, the new primary.
 */
function keyChangeKey(s: ChangeStep): NarrationKey {
  if (s.what === 'primary-region')
    return s.region ? 'keyPrimaryRegionPrimary' : 'keyPrimaryRegionReplica';
  return KEY_CHANGES[s.what] ?? 'keyChanged';
}

/** The caption of a record's `step`-th cue (one cue per trace step; local work has one). */
export function captionOf(record: PlayableRecord, step: number, hsmZone?: HsmZone): Caption {
  if (record.kind === 'local') {
    if (step !== 0) throw new RangeError(`no step ${step} in local ${record.action}`);
    return {
      key: localKey(record),
      values: {
        actor: record.principal,
        bytes: record.bytes,
        ...(record.algorithm ? { algorithm: record.algorithm } : {}),
        ...serviceValues(record),
      },
    };
  }
  const s = record.trace[step];
  if (!s) throw new RangeError(`no trace step ${step} in ${record.operation}`);
  const region = record.region;
  const operation = record.operation;
  const input = requestMembers(record.input);
  return caption(s);

  /**
   * Who calls: the principal, or an AWS service on the principal's behalf (the key policy
   * sees it as kms:ViaService). A service calling by itself is its own principal
   * (`ec2.amazonaws.com`), named as any caller.
   */
  function callCaption(principal: string): Caption {
    const values = { actor: principal, operation, region };
    const via = record.kind === 'api-call' ? serviceOfPrincipal(record.invokedBy ?? '') : undefined;
    if (via)
      return {
        key: 'callViaService',
        values: { ...values, service: SERVICES[via].title, via: viaService(via, region) },
      };
    return { key: 'call', values };
  }

  /**
   * Key pairs and HMAC keys have one material that never rotates: their steps name the
   * private or public key (or the HMAC key) and the algorithm, not a material version. What
   * kind of key it is shows in the request: CreateKey's KeySpec, or an RSA EncryptionAlgorithm.
   */
  function asymmetricMaterial(
    { action, ok }: MaterialStep,
    values: Record<string, string | number>,
  ): Caption | undefined {
    const spec = typeof input.KeySpec === 'string' ? input.KeySpec : 'SYMMETRIC_DEFAULT';
    if (action === 'generate' && operation === 'CreateKey' && spec !== 'SYMMETRIC_DEFAULT') {
      const key = spec.startsWith('HMAC_') ? 'materialGenerateHmacKey' : 'materialGenerateKeyPair';
      return { key, values: { ...values, spec } };
    }
    // ReEncrypt decrypts with the source's algorithm and encrypts with the destination's.
    const algorithm =
      action === 'decrypt'
        ? (input.SourceEncryptionAlgorithm ?? input.EncryptionAlgorithm)
        : action === 'encrypt'
          ? (input.DestinationEncryptionAlgorithm ?? input.EncryptionAlgorithm)
          : undefined;
    if (typeof algorithm !== 'string' || !algorithm.startsWith('RSAES_')) return undefined;
    if (action === 'encrypt')
      return { key: 'materialEncryptPublic', values: { ...values, algorithm } };
    return {
      key: ok ? 'materialDecryptPrivate' : 'materialDecryptPrivateFailed',
      values: { ...values, algorithm },
    };
  }

  function caption(s: TraceStep): Caption {
    switch (s.type) {
      case 'call':
        return callCaption(s.principal);
      case 'validate':
        return { key: 'validate', values: { error: s.error } };
      case 'resolve':
        if (!s.found) return { key: 'resolveMissing', values: { given: s.given, region } };
        if (s.form === 'ciphertext')
          return { key: 'resolveCiphertext', values: keyValues(s.keyId) };
        if (s.alias)
          return { key: 'resolveAlias', values: { alias: s.alias, ...keyValues(s.keyId) } };
        return { key: 'resolveKey', values: { ...keyValues(s.keyId), region } };
      case 'authorize':
        return authorizeCaption(s);
      case 'check-state':
        return {
          key: s.allowed ? 'stateOk' : 'stateRefused',
          values: { ...keyValues(s.keyId), state: s.state },
        };
      case 'material': {
        const values = { region: s.location.region, version: s.version, ...keyValues(s.keyId) };
        // Origin AWS_CLOUDHSM: the HSM of the store's cluster did the work, and is named.
        const inHsm = hsmMaterialCaption(s, operation, values, hsmZone);
        if (inHsm) return inHsm;
        const asymmetric = asymmetricMaterial(s, values);
        if (asymmetric) return asymmetric;
        if (s.action === 'decrypt' && !s.ok) return { key: 'materialDecryptFailed', values };
        // A multi-Region key's ciphertext names no Region: its related key decrypts it here.
        if (s.action === 'decrypt' && isMultiRegionKeyId(s.keyId))
          return { key: 'materialDecryptRelated', values };
        if (s.action === 'verify' && !s.ok) return { key: 'materialVerifyFailed', values };
        if (s.action === 'verify-mac' && !s.ok) return { key: 'materialVerifyMacFailed', values };
        if (s.action === 'encrypt' && DATA_KEY_OPERATIONS.has(operation))
          return { key: 'materialEncryptDataKey', values };
        if (s.action === 'encrypt' && DATA_KEY_PAIR_OPERATIONS.has(operation))
          return { key: 'materialEncryptDataKeyPair', values };
        const byAction = {
          generate: 'materialGenerate',
          encrypt: 'materialEncrypt',
          decrypt: 'materialDecrypt',
          rotate: 'materialRotate',
          destroy: 'materialDestroy',
          import: 'materialImport',
          sign: 'materialSign',
          verify: 'materialVerify',
          'generate-mac': 'materialGenerateMac',
          'verify-mac': 'materialVerifyMac',
          'derive-shared-secret': 'materialDeriveSharedSecret',
        } as const satisfies Record<typeof s.action, NarrationKey>;
        return { key: byAction[s.action], values };
      }
      case 'data-key':
        if (s.pair)
          return {
            key: s.withPlaintext ? 'dataKeyPairWithPlaintext' : 'dataKeyPairWithoutPlaintext',
            values: { pair: s.pair, bytes: s.bytes, ...keyValues(s.keyId) },
          };
        return {
          key: s.withPlaintext ? 'dataKeyWithPlaintext' : 'dataKeyWithoutPlaintext',
          values: { bytes: s.bytes, ...keyValues(s.keyId) },
        };
      case 'random':
        return (
          hsmRandomCaption(s, hsmZone) ?? {
            key: 'random',
            values: { bytes: s.bytes, region: s.region },
          }
        );
      case 'change':
        if (s.target === 'custom-key-store') return storeChangeCaption(s, region);
        return s.target === 'key'
          ? {
              key: keyChangeKey(s),
              values: { ...keyValues(s.id), what: s.what, region: s.region ?? region },
            }
          : { key: ALIAS_CHANGES[s.what] ?? 'aliasChanged', values: { alias: s.id, what: s.what } };
      case 'audit':
        return { key: 'audit', values: { event: s.eventName, region } };
      case 'return':
        return s.ok
          ? { key: 'returnOk', values: { operation } }
          : { key: 'returnError', values: { operation, error: s.error.name } };
    }
  }
}
