/**
 * Key rotation and key deletion through the AWS SDK: EnableKeyRotation, DisableKeyRotation,
 * GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations, ScheduleKeyDeletion,
 * CancelKeyDeletion. Time passes on the engine's simulated clock (`kms.clock.advance`).
 */
import {
  ConflictException,
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  DecryptCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  DisabledException,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSInvalidStateException,
  LimitExceededException,
  ListAliasesCommand,
  ListKeyPoliciesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  NotFoundException,
  PutKeyPolicyCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  type KMSClient,
  type RotationsListEntry,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  MATERIAL_ID,
  body,
  createKey,
  expectKmsError,
  keyArn,
  newLab,
  text,
  trackCommands,
  utf8,
  validation,
} from './client';

trackCommands(import.meta.url);

const UNKNOWN_CIPHERTEXT_KEY =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

async function encrypt(client: KMSClient, KeyId: string, plaintext: string) {
  const { CiphertextBlob } = await client.send(
    new EncryptCommand({ KeyId, Plaintext: utf8(plaintext) }),
  );
  return CiphertextBlob!;
}

async function decrypt(client: KMSClient, CiphertextBlob: Uint8Array) {
  const out = await client.send(new DecryptCommand({ CiphertextBlob }));
  return { plaintext: text(out.Plaintext), materialId: out.KeyMaterialId, keyId: out.KeyId };
}

async function currentMaterial(client: KMSClient, KeyId: string) {
  const { KeyMetadata } = await client.send(new DescribeKeyCommand({ KeyId }));
  return KeyMetadata!.CurrentKeyMaterialId!;
}

async function rotations(client: KMSClient, KeyId: string, all = false) {
  const out = await client.send(
    new ListKeyRotationsCommand({
      KeyId,
      ...(all ? { IncludeKeyMaterial: 'ALL_KEY_MATERIAL' } : {}),
    }),
  );
  return out.Rotations ?? [];
}

describe('automatic rotation settings', () => {
  it('is off for a new key', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const status = body(await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId })));
    expect(status.KeyRotationEnabled).toBe(false);
    expect(status.KeyId).toBe(key.Arn);
    expect(status.NextRotationDate).toBeUndefined();
    expect(await rotations(us, key.KeyId)).toEqual([]);
  });

  it('turns on with the default 365-day period, scheduled a period from now', async () => {
    const { kms, us } = newLab({ startTime: new Date('2026-01-10T00:00:00Z') });
    const key = await createKey(us);
    const enabled = await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    expect(body(enabled)).toEqual({});
    const status = body(await us.send(new GetKeyRotationStatusCommand({ KeyId: key.Arn })));
    expect(status).toEqual({
      KeyRotationEnabled: true,
      KeyId: key.Arn,
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(kms.clock.now().getTime() + 365 * DAY_MS),
    });
    expect(status.NextRotationDate).toBeInstanceOf(Date);
  });

  it('takes a RotationPeriodInDays of 90–2560 and validates it with Coral messages', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.Arn, RotationPeriodInDays: 90 }));
    const status = await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status.RotationPeriodInDays).toBe(90);
    expect(status.NextRotationDate).toEqual(new Date(kms.clock.now().getTime() + 90 * DAY_MS));
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 2560 }));
    expect(
      (await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).RotationPeriodInDays,
    ).toBe(2560);

    await expectKmsError(
      us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 89 })),
      {
        type: 'ValidationException',
        message: validation(
          "Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90",
        ),
      },
    );
    await expectKmsError(
      us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 2561 })),
      {
        type: 'ValidationException',
        message: validation(
          "Value '2561' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 2560",
        ),
      },
    );
  });

  it('turns off again with DisableKeyRotation', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    const disabled = await us.send(new DisableKeyRotationCommand({ KeyId: key.Arn }));
    expect(body(disabled)).toEqual({});
    const status = await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status.KeyRotationEnabled).toBe(false);
    expect(status.NextRotationDate).toBeUndefined();
  });

  it('cannot be changed on a disabled key (DisabledException)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    const expected = { type: DisabledException, message: `${key.Arn} is disabled.` };
    await expectKmsError(us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(us.send(new DisableKeyRotationCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })), expected);
  });

  it('refuses alias forms of KeyId for rotation operations', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/rot', TargetKeyId: key.KeyId }));
    for (const send of [
      () => us.send(new EnableKeyRotationCommand({ KeyId: 'alias/rot' })),
      () => us.send(new DisableKeyRotationCommand({ KeyId: 'alias/rot' })),
      () => us.send(new GetKeyRotationStatusCommand({ KeyId: 'alias/rot' })),
      () => us.send(new RotateKeyOnDemandCommand({ KeyId: 'alias/rot' })),
      () => us.send(new ListKeyRotationsCommand({ KeyId: 'alias/rot' })),
    ]) {
      await expectKmsError(send(), { type: NotFoundException });
    }
  });
});

describe('RotateKeyOnDemand', () => {
  it('adds new material: old ciphertexts still decrypt, new ones use the new material', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    const original = key.CurrentKeyMaterialId!;
    const before = await encrypt(us, key.KeyId, 'before rotation');

    const response = await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    expect(response.$metadata.httpStatusCode).toBe(200);
    // Unlike most outputs, RotateKeyOnDemand answers with the key id, not the ARN.
    expect(response.KeyId).toBe(key.KeyId);

    const rotated = await currentMaterial(us, key.KeyId);
    expect(rotated).toMatch(MATERIAL_ID);
    expect(rotated).not.toBe(original);
    expect(await decrypt(us, before)).toEqual({
      plaintext: 'before rotation',
      materialId: original,
      keyId: key.Arn,
    });
    const after = await encrypt(us, key.KeyId, 'after rotation');
    expect(await decrypt(us, after)).toEqual({
      plaintext: 'after rotation',
      materialId: rotated,
      keyId: key.Arn,
    });

    // Key id, ARN and aliases are unchanged; the on-demand rotation is listed.
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata!.Arn).toBe(key.Arn);
    expect(await rotations(us, key.KeyId)).toEqual([
      {
        KeyId: key.KeyId,
        KeyMaterialId: rotated,
        KeyMaterialState: 'CURRENT',
        RotationDate: kms.clock.now(),
        RotationType: 'ON_DEMAND',
      },
    ]);
  });

  it('works whether or not automatic rotation is on, and leaves its schedule alone', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 180 }));
    const { NextRotationDate } = await us.send(
      new GetKeyRotationStatusCommand({ KeyId: key.KeyId }),
    );
    await us.send(new RotateKeyOnDemandCommand({ KeyId: key.Arn }));
    const status = await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status.KeyRotationEnabled).toBe(true);
    expect(status.NextRotationDate).toEqual(NextRotationDate);
  });

  it('keeps every generation: ciphertexts of each decrypt with their own material', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const generations: { blob: Uint8Array; material: string; plaintext: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const plaintext = `generation ${i}`;
      generations.push({
        blob: await encrypt(us, key.KeyId, plaintext),
        material: await currentMaterial(us, key.KeyId),
        plaintext,
      });
      await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    }
    expect(new Set(generations.map((g) => g.material)).size).toBe(4);
    for (const g of generations) {
      const out = await decrypt(us, g.blob);
      expect(out.plaintext).toBe(g.plaintext);
      expect(out.materialId).toBe(g.material);
    }
    const listed = await rotations(us, key.KeyId, true);
    expect(listed).toHaveLength(5);
    expect(listed.filter((r) => r.KeyMaterialState === 'CURRENT')).toHaveLength(1);
    const first = listed.find((r) => r.KeyMaterialId === generations[0]!.material)!;
    expect(first).toEqual({
      KeyId: key.KeyId,
      KeyMaterialId: generations[0]!.material,
      KeyMaterialState: 'NON_CURRENT',
    });
  });

  it('pages ListKeyRotations with Limit and Marker', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    for (let i = 0; i < 5; i++) await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const seen: RotationsListEntry[] = [];
    let Marker: string | undefined;
    let pages = 0;
    do {
      const page = await us.send(
        new ListKeyRotationsCommand({ KeyId: key.KeyId, Limit: 2, Marker }),
      );
      pages++;
      seen.push(...page.Rotations!);
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      Marker = page.NextMarker;
    } while (Marker);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(seen.every((r) => r.RotationType === 'ON_DEMAND')).toBe(true);
  });

  it('allows 25 on-demand rotations per key, then LimitExceededException', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    for (let i = 0; i < 25; i++) await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    await expectKmsError(us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })), {
      type: LimitExceededException,
    });
    expect(await rotations(us, key.KeyId)).toHaveLength(25);
  });

  it('is refused with ConflictException within 20 minutes of a scheduled automatic rotation', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    await kms.clock.advance(90 * DAY_MS - 21 * 60 * 1000);
    await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    await kms.clock.advance(2 * 60 * 1000);
    await expectKmsError(us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })), {
      type: ConflictException,
    });
    expect(await rotations(us, key.KeyId)).toHaveLength(1);
  });
});

describe('automatic rotation over time', () => {
  it('rotates when NextRotationDate passes; earlier ciphertexts still decrypt', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    const original = key.CurrentKeyMaterialId!;
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const { NextRotationDate } = await us.send(
      new GetKeyRotationStatusCommand({ KeyId: key.KeyId }),
    );
    const before = await encrypt(us, key.KeyId, 'before automatic rotation');

    await kms.clock.advance(NextRotationDate!.getTime() - kms.clock.now().getTime() - 1);
    expect(await currentMaterial(us, key.KeyId)).toBe(original);
    await kms.clock.advance(2);

    const rotated = await currentMaterial(us, key.KeyId);
    expect(rotated).not.toBe(original);
    expect(await rotations(us, key.KeyId)).toEqual([
      {
        KeyId: key.KeyId,
        KeyMaterialId: rotated,
        KeyMaterialState: 'CURRENT',
        RotationDate: NextRotationDate,
        RotationType: 'AUTOMATIC',
      },
    ]);
    const status = await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status.NextRotationDate).toEqual(new Date(NextRotationDate!.getTime() + 90 * DAY_MS));

    expect(await decrypt(us, before)).toEqual({
      plaintext: 'before automatic rotation',
      materialId: original,
      keyId: key.Arn,
    });
    const after = await encrypt(us, key.KeyId, 'after');
    expect((await decrypt(us, after)).materialId).toBe(rotated);
  });

  it('keeps rotating every period', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    await kms.clock.advance(3 * 90 * DAY_MS + 1);
    const listed = await rotations(us, key.KeyId);
    expect(listed).toHaveLength(3);
    expect(listed.every((r) => r.RotationType === 'AUTOMATIC')).toBe(true);
  });

  it('does not rotate a disabled key; re-enabled after its date, it rotates at once', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    await kms.clock.advance(100 * DAY_MS);
    expect(await rotations(us, key.KeyId)).toEqual([]);
    await us.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    const listed = await rotations(us, key.KeyId);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.RotationType).toBe('AUTOMATIC');
  });

  it('does not rotate once automatic rotation is disabled', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    await us.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    await kms.clock.advance(400 * DAY_MS);
    expect(await rotations(us, key.KeyId)).toEqual([]);
    expect(await currentMaterial(us, key.KeyId)).toBe(key.CurrentKeyMaterialId);
  });
});

describe('ScheduleKeyDeletion', () => {
  it('schedules deletion after 30 days by default and says so', async () => {
    const { kms, us } = newLab({ startTime: new Date('2026-05-01T08:00:00Z') });
    const key = await createKey(us);
    const out = body(await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId })));
    const deletionDate = new Date(kms.clock.now().getTime() + 30 * DAY_MS);
    expect(out).toEqual({
      KeyId: key.Arn,
      DeletionDate: deletionDate,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 30,
    });
    expect(out.DeletionDate).toBeInstanceOf(Date);
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata).toMatchObject({
      KeyState: 'PendingDeletion',
      Enabled: false,
      DeletionDate: deletionDate,
    });
    // Only multi-Region primaries waiting for their replicas report a window here.
    expect(KeyMetadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });

  it('takes a waiting period of 7 to 30 days', async () => {
    const { kms, us } = newLab();
    for (const days of [7, 30]) {
      const key = await createKey(us);
      const out = await us.send(
        new ScheduleKeyDeletionCommand({ KeyId: key.Arn, PendingWindowInDays: days }),
      );
      expect(out.PendingWindowInDays).toBe(days);
      expect(out.DeletionDate).toEqual(new Date(kms.clock.now().getTime() + days * DAY_MS));
    }
  });

  it('refuses waiting periods outside 7–30 with AWS’s messages', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    for (const days of [1, 6, 31, 365]) {
      await expectKmsError(
        us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: days })),
        { type: 'ValidationException', message: 'PendingWindowInDays must be between 7 and 30' },
      );
    }
    await expectKmsError(
      us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 0 })),
      {
        type: 'ValidationException',
        message: validation(
          "Value '0' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 1",
        ),
      },
    );
    await expectKmsError(
      us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 366 })),
      {
        type: 'ValidationException',
        message: validation(
          "Value '366' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 365",
        ),
      },
    );
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata!.KeyState).toBe('Enabled');
  });

  it('schedules a disabled key too', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    const out = await us.send(
      new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }),
    );
    expect(out.KeyState).toBe('PendingDeletion');
  });

  it('refuses management calls on a key pending deletion, allows the read-only ones', async () => {
    const { us } = newLab();
    const key = await createKey(us, { Tags: [{ TagKey: 't', TagValue: 'v' }] });
    await us.send(new CreateAliasCommand({ AliasName: 'alias/doomed', TargetKeyId: key.KeyId }));
    const spare = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/spare', TargetKeyId: spare.KeyId }));
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));

    const expected = { type: KMSInvalidStateException, message: `${key.Arn} is pending deletion.` };
    await expectKmsError(us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(us.send(new EnableKeyCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(us.send(new DisableKeyCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(
      us.send(new UpdateKeyDescriptionCommand({ KeyId: key.KeyId, Description: 'x' })),
      expected,
    );
    await expectKmsError(
      us.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] })),
      expected,
    );
    await expectKmsError(
      us.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['t'] })),
      expected,
    );
    await expectKmsError(
      us.send(new CreateAliasCommand({ AliasName: 'alias/late', TargetKeyId: key.KeyId })),
      expected,
    );
    await expectKmsError(
      us.send(new UpdateAliasCommand({ AliasName: 'alias/spare', TargetKeyId: key.KeyId })),
      expected,
    );
    await expectKmsError(us.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })), expected);
    await expectKmsError(us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })), expected);

    // Always allowed.
    await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    const { Policy } = await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    await us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: Policy! }));
    await us.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }));
    expect((await us.send(new ListResourceTagsCommand({ KeyId: key.KeyId }))).Tags).toEqual([
      { TagKey: 't', TagValue: 'v' },
    ]);
    expect((await us.send(new ListAliasesCommand({ KeyId: key.KeyId }))).Aliases).toHaveLength(1);
    await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    await us.send(new DeleteAliasCommand({ AliasName: 'alias/doomed' }));
  });
});

describe('CancelKeyDeletion', () => {
  it('brings the key back Disabled, never straight into use', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const blob = await encrypt(us, key.KeyId, 'saved');
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));

    const out = body(await us.send(new CancelKeyDeletionCommand({ KeyId: key.Arn })));
    expect(out).toEqual({ KeyId: key.Arn });
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(KeyMetadata!.DeletionDate).toBeUndefined();
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob: blob })), {
      type: DisabledException,
      message: `${key.Arn} is disabled.`,
    });

    await us.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    expect((await decrypt(us, blob)).plaintext).toBe('saved');
  });

  it('survives the original deletion date once cancelled', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    await us.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    await kms.clock.advance(8 * DAY_MS);
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata!.KeyState).toBe('Disabled');
  });

  it('refuses a key that is not pending deletion', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(us.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })), {
      type: KMSInvalidStateException,
    });
  });
});

describe('the end of the waiting period', () => {
  it('deletes the key for good: gone from every call, its ciphertexts never decrypt again', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    const keeper = await createKey(us);
    await us.send(
      new CreateAliasCommand({ AliasName: 'alias/short-lived', TargetKeyId: key.KeyId }),
    );
    const blob = await encrypt(us, key.KeyId, 'lost forever');
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));

    await kms.clock.advance(7 * DAY_MS - 1);
    expect(
      (await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyState,
    ).toBe('PendingDeletion');
    await kms.clock.advance(1);

    const notFound = { type: NotFoundException, message: `Key '${key.Arn}' does not exist` };
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: key.KeyId })), notFound);
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: key.Arn })), notFound);
    await expectKmsError(us.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })), notFound);
    await expectKmsError(
      us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })),
      notFound,
    );
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob: blob })), {
      type: 'AccessDeniedException',
      message: UNKNOWN_CIPHERTEXT_KEY,
    });
    await expectKmsError(
      us.send(new DecryptCommand({ CiphertextBlob: blob, KeyId: key.Arn })),
      notFound,
    );

    const { Keys } = await us.send(new ListKeysCommand({}));
    expect(Keys).toEqual([{ KeyId: keeper.KeyId, KeyArn: keyArn('us-east-1', keeper.KeyId) }]);
    expect((await us.send(new ListAliasesCommand({}))).Aliases).toEqual([]);
  });
});
