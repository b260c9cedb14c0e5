/**
 * HMAC keys through the AWS SDK: GenerateMac and VerifyMac for HMAC_224/256/384/512. The
 * secret never leaves KMS, so no outside library can recompute a MAC; what can be checked
 * is its length per algorithm, that it is deterministic, and that VerifyMac accepts exactly
 * what GenerateMac made (the primitive itself is checked against RFC 4231 in
 * src/engine/crypto/hmac.test.ts). Messages are those recorded against AWS.
 */
import {
  CreateAliasCommand,
  DryRunOperationException,
  GenerateMacCommand,
  InvalidKeyUsageException,
  KMSInvalidMacException,
  VerifyMacCommand,
  type KeySpec,
  type KMSClient,
  type MacAlgorithmSpec,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  aliasArn,
  body,
  createKey,
  expectKmsError,
  newLab,
  trackCommands,
  utf8,
  validation,
} from './client';

trackCommands(import.meta.url);

const SPECS: [KeySpec, MacAlgorithmSpec, number][] = [
  ['HMAC_224', 'HMAC_SHA_224', 28],
  ['HMAC_256', 'HMAC_SHA_256', 32],
  ['HMAC_384', 'HMAC_SHA_384', 48],
  ['HMAC_512', 'HMAC_SHA_512', 64],
];

const hmacKey = (client: KMSClient, spec: KeySpec = 'HMAC_256') =>
  createKey(client, { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' });

const MESSAGE = utf8('pay 100 euros to Alice');

describe('GenerateMac / VerifyMac', () => {
  it.each(SPECS)(
    '%s with %s: a %i-byte MAC, the same each time, that VerifyMac accepts',
    async (spec, algorithm, length) => {
      const { us } = newLab();
      const key = await hmacKey(us, spec);
      const generated = await us.send(
        new GenerateMacCommand({ KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm: algorithm }),
      );
      expect(generated.$metadata.httpStatusCode).toBe(200);
      expect(body(generated)).toEqual({
        Mac: expect.any(Uint8Array),
        MacAlgorithm: algorithm,
        KeyId: key.Arn,
      });
      expect(generated.Mac).toHaveLength(length);
      const again = await us.send(
        new GenerateMacCommand({ KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm: algorithm }),
      );
      expect(again.Mac).toEqual(generated.Mac);
      const verified = await us.send(
        new VerifyMacCommand({
          KeyId: key.KeyId,
          Message: MESSAGE,
          MacAlgorithm: algorithm,
          Mac: generated.Mac,
        }),
      );
      expect(body(verified)).toEqual({ KeyId: key.Arn, MacValid: true, MacAlgorithm: algorithm });
    },
  );

  it('refuses a MAC with a flipped bit, for another message, another key or another algorithm', async () => {
    const { us } = newLab();
    const key = await hmacKey(us);
    const other = await hmacKey(us);
    const wide = await hmacKey(us, 'HMAC_512');
    const mac = async (KeyId: string, MacAlgorithm: MacAlgorithmSpec, Message = MESSAGE) =>
      (await us.send(new GenerateMacCommand({ KeyId, Message, MacAlgorithm }))).Mac!;
    const good = await mac(key.KeyId, 'HMAC_SHA_256');
    const verify = (Mac: Uint8Array, Message = MESSAGE, KeyId = key.KeyId) =>
      us.send(new VerifyMacCommand({ KeyId, Message, MacAlgorithm: 'HMAC_SHA_256', Mac }));
    const invalid = { type: KMSInvalidMacException, message: null };

    for (const bit of [0, 7, 100, 255]) {
      const flipped = good.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      await expectKmsError(verify(flipped), invalid);
    }
    await expectKmsError(verify(good.subarray(0, 31)), invalid);
    await expectKmsError(verify(good, utf8('pay 900 euros to Alice')), invalid);
    await expectKmsError(verify(good, MESSAGE, other.KeyId), invalid);
    // HMAC_SHA_512 of the same message (by an HMAC_512 key), checked as HMAC_SHA_256.
    await expectKmsError(verify(await mac(wide.KeyId, 'HMAC_SHA_512')), invalid);
    // The genuine MAC still verifies.
    expect((await verify(good)).MacValid).toBe(true);
  });

  it('accepts every KeyId form, alias names and ARNs included', async () => {
    const { us } = newLab();
    const key = await hmacKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/mac', TargetKeyId: key.KeyId }));
    const forms = [key.KeyId, key.Arn, 'alias/mac', aliasArn('us-east-1', 'alias/mac')];
    for (const KeyId of forms) {
      const { Mac, KeyId: arn } = await us.send(
        new GenerateMacCommand({ KeyId, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' }),
      );
      expect(arn).toBe(key.Arn);
      const verified = await us.send(
        new VerifyMacCommand({ KeyId, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256', Mac }),
      );
      expect(verified.KeyId).toBe(key.Arn);
    }
  });

  it('takes only the MAC algorithm of the key spec, and only HMAC keys', async () => {
    const { us } = newLab();
    const key224 = await hmacKey(us, 'HMAC_224');
    const key256 = await hmacKey(us);
    const symmetric = await createKey(us);
    await expectKmsError(
      us.send(
        new GenerateMacCommand({
          KeyId: key224.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'HMAC_SHA_256',
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: 'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
      },
    );
    await expectKmsError(
      us.send(
        new VerifyMacCommand({
          KeyId: key256.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'HMAC_SHA_512',
          Mac: new Uint8Array(64),
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: 'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.',
      },
    );
    await expectKmsError(
      us.send(
        new GenerateMacCommand({
          KeyId: symmetric.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'HMAC_SHA_256',
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: `${symmetric.Arn} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`,
      },
    );
    await expectKmsError(
      us.send(
        new GenerateMacCommand({
          KeyId: key256.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'INVALID' as MacAlgorithmSpec,
        }),
      ),
      {
        type: 'ValidationException',
        message: validation(
          "Value 'INVALID' at 'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]",
        ),
      },
    );
  });

  it('takes messages of 1 to 4096 bytes', async () => {
    const { us } = newLab();
    const key = await hmacKey(us);
    const generate = (Message: Uint8Array) =>
      us.send(new GenerateMacCommand({ KeyId: key.KeyId, Message, MacAlgorithm: 'HMAC_SHA_256' }));
    expect((await generate(new Uint8Array(4096))).Mac).toHaveLength(32);
    expect((await generate(new Uint8Array(1))).Mac).toHaveLength(32);
    await expectKmsError(generate(new Uint8Array(4097)), {
      type: 'ValidationException',
      message: validation(
        "Value at 'message' failed to satisfy constraint: Member must have length less than or equal to 4096",
      ),
    });
  });

  it('answers DryRun with DryRunOperationException', async () => {
    const { us } = newLab();
    const key = await hmacKey(us);
    const { Mac } = await us.send(
      new GenerateMacCommand({ KeyId: key.KeyId, Message: MESSAGE, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    await expectKmsError(
      us.send(
        new GenerateMacCommand({
          KeyId: key.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'HMAC_SHA_256',
          DryRun: true,
          GrantTokens: ['token'],
        }),
      ),
      { type: DryRunOperationException },
    );
    await expectKmsError(
      us.send(
        new VerifyMacCommand({
          KeyId: key.KeyId,
          Message: MESSAGE,
          MacAlgorithm: 'HMAC_SHA_256',
          Mac,
          DryRun: true,
        }),
      ),
      { type: DryRunOperationException },
    );
  });

  it('traces the secret at work, and a failed verification as failed', async () => {
    const { us, kms } = newLab();
    const key = await hmacKey(us);
    const call = (op: string, input: Record<string, unknown>) =>
      kms.call(op, { KeyId: key.KeyId, Message: MESSAGE, ...input }, { region: 'us-east-1' });
    const generated = await call('GenerateMac', { MacAlgorithm: 'HMAC_SHA_256' });
    expect(generated.trace.find((s) => s.type === 'material')).toMatchObject({
      keyId: key.KeyId,
      action: 'generate-mac',
      ok: true,
    });
    const mac = (generated.output as { Mac: Uint8Array }).Mac;
    const verified = await call('VerifyMac', { MacAlgorithm: 'HMAC_SHA_256', Mac: mac });
    expect(verified.trace.find((s) => s.type === 'material')).toMatchObject({
      action: 'verify-mac',
      ok: true,
    });
    const refused = await call('VerifyMac', {
      MacAlgorithm: 'HMAC_SHA_256',
      Mac: new Uint8Array(32),
    });
    expect(refused.error?.name).toBe('KMSInvalidMacException');
    expect(refused.trace.find((s) => s.type === 'material')).toMatchObject({
      action: 'verify-mac',
      ok: false,
    });
  });
});
