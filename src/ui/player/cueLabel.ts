import type { TFunction } from 'i18next';
import { isLocalRecord, type Cue, type NarrationKey, type PlayableRecord } from '../../graph';

import type { CaptionOf } from './useCaptions';

type LooseT = (key: string, values?: Record<string, unknown>) => string;

/** The operation's name as the player shows it: the API name, or the local work in words. */
export function operationName(t: TFunction, record: PlayableRecord): string {
  return isLocalRecord(record)
    ? (t as unknown as LooseT)(`player.local.${record.action}`)
    : record.operation;
}

/**
 * Key material at work, in a word: a symmetric key's material version ("Material v2"), or
 * the part of a key pair or the HMAC key, which have one material that never rotates.
 */
const MATERIAL_LABEL: Partial<Record<NarrationKey, string>> = {
  materialGenerateKeyPair: 'materialPair',
  materialSign: 'materialPrivate',
  materialDecryptPrivate: 'materialPrivate',
  materialDecryptPrivateFailed: 'materialPrivate',
  materialDeriveSharedSecret: 'materialPrivate',
  materialVerify: 'materialPublic',
  materialVerifyFailed: 'materialPublic',
  materialEncryptPublic: 'materialPublic',
  materialGenerateHmacKey: 'materialHmac',
  materialGenerateMac: 'materialHmac',
  materialVerifyMac: 'materialHmac',
  materialVerifyMacFailed: 'materialHmac',
};

/** Multi-Region changes say which ("Replica", "New primary") rather than "Change". */
const CHANGE_LABEL: Partial<Record<NarrationKey, string>> = {
  keyReplicated: 'replicated',
  keyPrimaryRegionPrimary: 'newPrimary',
  keyPrimaryRegionReplica: 'newReplica',
  keySynchronized: 'synchronized',
};

/** A service's half of envelope encryption reads as the caller's does, at the service's node. */
const SAME_LABEL: Partial<Record<Cue['what'], string>> = {
  'service-encrypt-data': 'encrypt-data',
  'service-decrypt-data': 'decrypt-data',
  'service-discard-plaintext-key': 'discard-plaintext-key',
};

/**
 * The few words a cue carries on the canvas ("Encrypt", "State: Enabled", "Material v2"),
 * from the step's caption (useCaptions).
 */
export function cueLabel(
  t: TFunction,
  record: PlayableRecord,
  cue: Cue,
  captionOf: CaptionOf,
): string {
  const lookup = t as unknown as LooseT;
  const caption = captionOf(record, cue.step);
  const values = caption.values;
  const state = typeof values.state === 'string' ? lookup(`keyState.${values.state}`) : undefined;
  // A refusal names what refused: the permission missing at the policy check, or the code
  // an AWS service answered with.
  const refused =
    cue.what === 'authorize' && !cue.ok
      ? 'authorizeDenied'
      : cue.what === 'service-response' && !cue.ok
        ? 'serviceRefused'
        : undefined;
  const label =
    refused ??
    ((cue.what === 'material' && MATERIAL_LABEL[caption.key]) ||
      (cue.what === 'change' && CHANGE_LABEL[caption.key]) ||
      SAME_LABEL[cue.what] ||
      cue.what);
  return lookup(`player.cue.${label}`, {
    ...values,
    operation: operationName(t, record),
    ...(state ? { state } : {}),
  });
}
