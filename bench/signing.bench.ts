// Sign+Verify per key spec, and key generation for the slow ones (issue 5): `npm run bench -- signing`.
//
// Through `kms.call`, as an application's calls would run: for each SIGN_VERIFY spec, a
// warm-up, then ROUNDS rounds of ITERATIONS Sign+Verify pairs of a 1 KiB RAW message with the
// spec's first signing algorithm; reported: median and p90 across rounds of ms per pair.
// Key generation: CreateKey of RSA_4096 and ML_DSA_87, KEYGEN_ROUNDS times each (RSA_4096's
// prime search is random, so its spread is wide): median and p90 of ms per key. The engine's
// own overhead (validation, trace, CloudTrail) is in every number, as it is for a learner.
import { createKms, type Kms } from '../src/engine';
import { quantile, round2 } from './stats';

const MESSAGE = crypto.getRandomValues(new Uint8Array(1024));
const SPECS = [
  ['RSA_2048', 'RSASSA_PSS_SHA_256'],
  ['RSA_3072', 'RSASSA_PSS_SHA_256'],
  ['RSA_4096', 'RSASSA_PSS_SHA_256'],
  ['ECC_NIST_P256', 'ECDSA_SHA_256'],
  ['ECC_NIST_P384', 'ECDSA_SHA_384'],
  ['ECC_NIST_P521', 'ECDSA_SHA_512'],
  ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
  ['ECC_NIST_EDWARDS25519', 'ED25519_SHA_512'],
  ['ML_DSA_44', 'ML_DSA_SHAKE_256'],
  ['ML_DSA_65', 'ML_DSA_SHAKE_256'],
  ['ML_DSA_87', 'ML_DSA_SHAKE_256'],
] as const;
const WARMUP = 5;
const ROUNDS = 7;
const ITERATIONS = 5;
const KEYGEN_ROUNDS = 7;

const stats = (xs: number[]) => ({
  medianMs: round2(quantile(xs, 0.5)),
  p90Ms: round2(quantile(xs, 0.9)),
});

async function createKey(kms: Kms, spec: string): Promise<string> {
  const created = await kms.call('CreateKey', { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' } as never);
  if (created.error) throw new Error(`bench: CreateKey ${spec}: ${created.error.name}`);
  return created.output!.KeyMetadata!.KeyId!;
}

async function signVerify(kms: Kms, keyId: string, algorithm: string): Promise<void> {
  const input = { KeyId: keyId, Message: MESSAGE, MessageType: 'RAW', SigningAlgorithm: algorithm };
  const signed = await kms.call('Sign', input as never);
  if (signed.error) throw new Error(`bench: Sign ${algorithm}: ${signed.error.name}`);
  const signature = (signed.output as { Signature: Uint8Array }).Signature;
  const verified = await kms.call('Verify', { ...input, Signature: signature } as never);
  if (verified.error) throw new Error(`bench: Verify ${algorithm}: ${verified.error.name}`);
}

export default async function () {
  const kms = createKms();
  const results: Record<string, unknown> = {};
  const lines: string[] = [];

  for (const [spec, algorithm] of SPECS) {
    const keyId = await createKey(kms, spec);
    for (let i = 0; i < WARMUP; i++) await signVerify(kms, keyId, algorithm);
    const perPair: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      for (let i = 0; i < ITERATIONS; i++) await signVerify(kms, keyId, algorithm);
      perPair.push((performance.now() - start) / ITERATIONS);
    }
    results[`sign+verify ${spec}`] = { algorithm, ...stats(perPair) };
    const s = stats(perPair);
    lines.push(
      `sign+verify ${spec.padEnd(22)} ${algorithm.padEnd(20)} median ${s.medianMs} ms, p90 ${s.p90Ms} ms`,
    );
  }

  for (const spec of ['RSA_4096', 'ML_DSA_87']) {
    const times: number[] = [];
    for (let r = 0; r < KEYGEN_ROUNDS; r++) {
      const start = performance.now();
      await createKey(kms, spec);
      times.push(performance.now() - start);
    }
    const s = stats(times);
    results[`CreateKey ${spec}`] = s;
    lines.push(
      `CreateKey ${spec.padEnd(24)} median ${s.medianMs} ms, p90 ${s.p90Ms} ms (N=${KEYGEN_ROUNDS})`,
    );
  }

  console.log(lines.join('\n'));
  return { name: 'signing', results };
}
