// Encrypt+Decrypt of 4 KiB with an encryption context: the engine (`kms.call`) and the AWS
// SDK path (KMSClient + createSdkRequestHandler) against bare WebCrypto AES-256-GCM doing the
// same cryptography (pre-imported key, fresh 12-byte IV, additional data of the same size as
// the engine's: ciphertext header + canonical context).
//
// Method: warm-up, then ROUNDS rounds; each round runs ITERATIONS pairs of each contender, in
// an order that rotates from round to round so drift (GC, JIT, thermal) falls on all of them
// alike. Per round: µs per Encrypt+Decrypt pair for each, and the ratios engine/bare and
// sdk/bare. Reported: the median and p90 across rounds of each, and the MEDIAN of the
// per-round ratios (goal engine/bare ≤ 2.0; a miss is printed, not failed).
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { createKms, createSdkRequestHandler } from '../src/engine';
import { median, quantile, round2 } from './stats';

const PLAINTEXT_BYTES = 4096;
const CONTEXT = { tenant: 'acme-corp', purpose: 'bench', 'aws:s3:arn': 'arn:aws:s3:::bucket/key' };
const WARMUP_PAIRS = 300;
const ROUNDS = 31;
const ITERATIONS = 40;
const GOAL_RATIO = 2.0;

/** The engine's additional data is the blob header (2 + key id + 32) ‖ canonical context. */
function aadBytesLike(keyId: string, context: Record<string, string>): number {
  const header = 2 + new TextEncoder().encode(keyId).length + 32;
  const entries = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]]);
  return header + new TextEncoder().encode(JSON.stringify(entries)).length;
}

type Pair = () => Promise<void>;

export default async function () {
  const kms = createKms();
  const created = await kms.call('CreateKey', { Description: 'bench' });
  const keyId = created.output!.KeyMetadata!.KeyId!;
  const plaintext = crypto.getRandomValues(new Uint8Array(PLAINTEXT_BYTES));

  const fail = (what: string): never => {
    throw new Error(`bench: ${what}`);
  };

  const engine: Pair = async () => {
    const enc = await kms.call('Encrypt', {
      KeyId: keyId,
      Plaintext: plaintext,
      EncryptionContext: CONTEXT,
    });
    if (enc.error) fail(`Encrypt: ${enc.error.name}`);
    const dec = await kms.call('Decrypt', {
      CiphertextBlob: enc.output!.CiphertextBlob!,
      EncryptionContext: CONTEXT,
    });
    if (dec.error || dec.output!.Plaintext!.length !== PLAINTEXT_BYTES) fail('Decrypt');
  };

  const bareKey = await crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
  const aad = crypto.getRandomValues(new Uint8Array(aadBytesLike(keyId, CONTEXT)));
  const bare: Pair = async () => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aad },
      bareKey,
      plaintext,
    );
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad },
      bareKey,
      sealed,
    );
    if (opened.byteLength !== PLAINTEXT_BYTES) fail('bare decrypt');
  };

  const client = new KMSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'bench-secret' },
    requestHandler: createSdkRequestHandler(kms),
  });
  const sdk: Pair = async () => {
    const enc = await client.send(
      new EncryptCommand({ KeyId: keyId, Plaintext: plaintext, EncryptionContext: CONTEXT }),
    );
    const dec = await client.send(
      new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: CONTEXT }),
    );
    if (dec.Plaintext?.length !== PLAINTEXT_BYTES) fail('SDK Decrypt');
  };

  const contenders = { engine, bare, sdk } as const;
  type Name = keyof typeof contenders;
  const names = Object.keys(contenders) as Name[];

  for (const name of names) for (let i = 0; i < WARMUP_PAIRS; i++) await contenders[name]();

  const perRound: Record<Name, number[]> = { engine: [], bare: [], sdk: [] };
  const ratios = { engine: [] as number[], sdk: [] as number[] };
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]!);
    const us = {} as Record<Name, number>;
    for (const name of order) {
      const run = contenders[name];
      const t0 = performance.now();
      for (let i = 0; i < ITERATIONS; i++) await run();
      us[name] = ((performance.now() - t0) * 1000) / ITERATIONS;
      perRound[name].push(us[name]);
    }
    ratios.engine.push(us.engine / us.bare);
    ratios.sdk.push(us.sdk / us.bare);
  }
  const measuredSeconds = (performance.now() - started) / 1000;

  const stats = (name: Name) => ({
    medianUsPerPair: round2(median(perRound[name])),
    p90UsPerPair: round2(quantile(perRound[name], 0.9)),
  });
  const engineRatio = median(ratios.engine);
  const sdkRatio = median(ratios.sdk);
  const verdict = engineRatio <= GOAL_RATIO ? 'PASS' : 'MISS';

  console.log(
    `crypto: Encrypt+Decrypt 4 KiB with context — engine ${stats('engine').medianUsPerPair} µs, ` +
      `bare WebCrypto ${stats('bare').medianUsPerPair} µs, SDK ${stats('sdk').medianUsPerPair} µs ` +
      `(medians of ${ROUNDS} rounds × ${ITERATIONS})`,
  );
  console.log(
    `crypto: median ratio engine/bare ${round2(engineRatio)} (goal ≤ ${GOAL_RATIO}: ${verdict}); ` +
      `SDK/bare ${round2(sdkRatio)}`,
  );

  return {
    name: 'crypto',
    results: {
      workload: {
        plaintextBytes: PLAINTEXT_BYTES,
        encryptionContextPairs: Object.keys(CONTEXT).length,
        aadBytes: aad.length,
        rounds: ROUNDS,
        iterationsPerRound: ITERATIONS,
        warmupPairs: WARMUP_PAIRS,
        measuredSeconds: round2(measuredSeconds),
      },
      engine: stats('engine'),
      bare: stats('bare'),
      sdk: stats('sdk'),
      ratio: {
        engineOverBare: {
          median: round2(engineRatio),
          p90: round2(quantile(ratios.engine, 0.9)),
          goal: GOAL_RATIO,
          verdict,
        },
        sdkOverBare: { median: round2(sdkRatio), p90: round2(quantile(ratios.sdk, 0.9)) },
      },
    },
  };
}
