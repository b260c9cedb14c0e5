import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../engine';
import {
  cloudTrailNodeId,
  keyNodeId,
  kmsEndpointNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
} from './ids';
import type { LocalRecord } from './localRecord';
import { captionOf } from './narration';
import { timelineOf, type Cue } from './timeline';

const REGION = 'eu-west-1';
const ROOT = principalNodeId('arn:aws:iam::111122223333:root');
const text = (s: string) => new TextEncoder().encode(s);

async function world() {
  const kms = createKms({ startTime: Date.UTC(2026, 0, 1) });
  const created = await kms.call('CreateKey', {}, { region: REGION });
  const keyId = created.output!.KeyMetadata!.KeyId!;
  await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: keyId }, { region: REGION });
  return { kms, keyId, key: keyNodeId(REGION, keyId) };
}

/** A compact picture of a cue: what, where, whether it went well. */
const shape = (cue: Cue) =>
  cue.kind === 'travel'
    ? `${cue.what}:${cue.from}->${cue.to}${cue.ok ? '' : ':FAIL'}`
    : `${cue.what}@${cue.at}${cue.ok ? '' : ':FAIL'}`;

function expectFollowsTrace(record: OperationRecord) {
  const timeline = timelineOf(record);
  expect(timeline.cues.map((c) => c.step)).toEqual(record.trace.map((_, i) => i));
  return timeline;
}

describe('timelineOf', () => {
  it('follows a successful Encrypt step by step, from the caller to the key and back', async () => {
    const { kms, key } = await world();
    const record = await kms.call(
      'Encrypt',
      { KeyId: 'alias/app', Plaintext: text('hola') },
      { region: REGION },
    );
    const timeline = expectFollowsTrace(record);
    expect(timeline.failedAt).toBeUndefined();
    expect(timeline.cues.map(shape)).toEqual([
      `request:${ROOT}->${kmsEndpointNodeId(REGION)}`,
      `resolve@${key}`,
      `authorize@${key}`,
      `check-state@${key}`,
      `material@${key}`,
      `audit:${kmsEndpointNodeId(REGION)}->${cloudTrailNodeId(REGION)}`,
      `response:${kmsEndpointNodeId(REGION)}->${ROOT}`,
    ]);
  });

  it('stops at the alias lookup when the alias does not exist', async () => {
    const { kms } = await world();
    const record = await kms.call(
      'Encrypt',
      { KeyId: 'alias/nope', Plaintext: text('x') },
      { region: REGION },
    );
    const timeline = expectFollowsTrace(record);
    expect(timeline.failedAt).toBe(1);
    expect(timeline.cues.map(shape).slice(1)).toEqual([
      `resolve@${kmsEndpointNodeId(REGION)}:FAIL`,
      `audit:${kmsEndpointNodeId(REGION)}->${cloudTrailNodeId(REGION)}`,
      `error:${kmsEndpointNodeId(REGION)}->${ROOT}:FAIL`,
    ]);
  });

  it('stops at the policy check when access is denied, naming the key it guarded', async () => {
    // The engine allows every caller until key policies are evaluated (issue 6); the record
    // below is a real Encrypt's, cut where a denied caller's would stop — the trace shape
    // authorize.ts will produce.
    const { kms, keyId, key } = await world();
    const allowed = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      { region: REGION },
    );
    const at = allowed.trace.findIndex((s) => s.type === 'authorize');
    const authorize = allowed.trace[at]!;
    if (authorize.type !== 'authorize') throw new Error('no authorize step');
    const error = { name: 'AccessDeniedException', message: 'denied' };
    const denied: OperationRecord = {
      ...allowed,
      output: undefined,
      trace: [
        ...allowed.trace.slice(0, at),
        { ...authorize, decision: 'deny' },
        allowed.trace.find((s) => s.type === 'audit')!,
        { type: 'return', ok: false, error },
      ],
    };
    const timeline = expectFollowsTrace(denied);
    expect(timeline.failedAt).toBe(at);
    expect(timeline.cues.map(shape).slice(at)).toEqual([
      `authorize@${key}:FAIL`,
      `audit:${kmsEndpointNodeId(REGION)}->${cloudTrailNodeId(REGION)}`,
      `error:${kmsEndpointNodeId(REGION)}->${ROOT}:FAIL`,
    ]);
    expect(timeline.cues.some((c) => c.what === 'check-state' || c.what === 'material')).toBe(
      false,
    );
  });

  it('stops at the key-state check when the key is disabled, before any key material works', async () => {
    const { kms, keyId, key } = await world();
    await kms.call('DisableKey', { KeyId: keyId }, { region: REGION });
    const record = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      { region: REGION },
    );
    const timeline = expectFollowsTrace(record);
    expect(timeline.cues[timeline.failedAt!]).toMatchObject({
      what: 'check-state',
      at: key,
      ok: false,
    });
    expect(timeline.cues.some((c) => c.what === 'material')).toBe(false);
  });

  it('stops at the key material when the encryption context is not the one it was bound to', async () => {
    const { kms, key } = await world();
    const encrypted = await kms.call(
      'Encrypt',
      { KeyId: 'alias/app', Plaintext: text('x'), EncryptionContext: { app: 'a' } },
      { region: REGION },
    );
    const record = await kms.call(
      'Decrypt',
      { CiphertextBlob: encrypted.output!.CiphertextBlob!, EncryptionContext: { app: 'b' } },
      { region: REGION },
    );
    expect(record.error?.name).toBe('InvalidCiphertextException');
    const timeline = expectFollowsTrace(record);
    expect(timeline.cues[timeline.failedAt!]).toMatchObject({
      what: 'material',
      at: key,
      ok: false,
    });
  });

  it('stops at the door when the request is malformed', async () => {
    const { kms } = await world();
    const record = await kms.call('Encrypt', { KeyId: 'alias/app' } as never, { region: REGION });
    const timeline = expectFollowsTrace(record);
    expect(timeline.cues[timeline.failedAt!]).toMatchObject({
      what: 'validate',
      at: kmsEndpointNodeId(REGION),
    });
  });

  it('shows a service event as KMS working on its own, with no caller', async () => {
    const { kms, keyId, key } = await world();
    await kms.call(
      'EnableKeyRotation',
      { KeyId: keyId, RotationPeriodInDays: 90 },
      { region: REGION },
    );
    const [rotation] = await kms.clock.advance(91 * 24 * 3600_000);
    const timeline = expectFollowsTrace(rotation!);
    expect(timeline.cues.map(shape)).toEqual([
      `material@${key}`,
      `audit:${kmsEndpointNodeId(REGION)}->${cloudTrailNodeId(REGION)}`,
    ]);
  });
});

describe('local work', () => {
  it('plays as one cue at the caller, with its own caption', () => {
    const local: LocalRecord = {
      kind: 'local',
      id: 'local-1',
      action: 'encrypt-data',
      region: REGION,
      principal: 'arn:aws:iam::111122223333:root',
      bytes: 42,
      time: 0,
    };
    const timeline = timelineOf(local);
    expect(timeline.cues.map(shape)).toEqual([`encrypt-data@${ROOT}`]);
    expect(captionOf(local, 0)).toEqual({
      key: 'localEncrypt',
      values: { actor: 'arn:aws:iam::111122223333:root', bytes: 42 },
    });
    expect(() => captionOf(local, 1)).toThrow(RangeError);
  });

  const outsideWork = (
    action: LocalRecord['action'],
    extra: Partial<LocalRecord> = {},
  ): LocalRecord => ({
    kind: 'local',
    id: `local-${action}`,
    action,
    region: REGION,
    principal: 'arn:aws:iam::111122223333:root',
    bytes: 32,
    time: 0,
    ...extra,
  });
  const OUTSIDE = OUTSIDE_AWS_NODE_ID;

  it('plays the public key going out, the outside party at work, and what comes back', () => {
    const cues = (
      [
        'share-public-key',
        'encrypt-with-public-key',
        'send-ciphertext',
        'send-signature',
        'verify-with-public-key',
      ] as const
    ).map((action) => timelineOf(outsideWork(action)).cues.map(shape));
    expect(cues).toEqual([
      [`share-public-key:${ROOT}->${OUTSIDE}`],
      [`encrypt-with-public-key@${OUTSIDE}`],
      [`send-ciphertext:${OUTSIDE}->${ROOT}`],
      [`send-signature:${ROOT}->${OUTSIDE}`],
      [`verify-with-public-key@${OUTSIDE}`],
    ]);
  });

  it('shows a signature that does not verify as a failed step, with its own caption', () => {
    const refused = outsideWork('verify-with-public-key', {
      ok: false,
      algorithm: 'ECDSA_SHA_256',
    });
    const timeline = timelineOf(refused);
    expect(timeline.cues.map(shape)).toEqual([`verify-with-public-key@${OUTSIDE}:FAIL`]);
    expect(timeline.failedAt).toBe(0);
    expect(captionOf(refused, 0)).toEqual({
      key: 'localVerifyWithPublicKeyFailed',
      values: { actor: 'arn:aws:iam::111122223333:root', bytes: 32, algorithm: 'ECDSA_SHA_256' },
    });
    expect(captionOf(outsideWork('verify-with-public-key'), 0).key).toBe(
      'localVerifyWithPublicKey',
    );
  });
});
