/**
 * Bring your own key, the course's five steps: (1) CreateKey with Origin EXTERNAL — a key
 * with no material; (2) GetParametersForImport — a public wrapping key and an import token;
 * (3) outside AWS, the owner makes 256-bit material and wraps it under that public key
 * (WebCrypto, in the browser); (4) ImportKeyMaterial — KMS unwraps it and keeps it; (5) the
 * key in use: Encrypt and Decrypt.
 *
 * Later runs reuse the key: Enabled, it is only used; PendingImport (its material deleted or
 * expired), the same material is imported again — the owner's copy, which this view keeps in
 * memory for the session only. Without that copy (a reloaded page) nothing can bring the
 * material back, so the view makes a new key and points its alias at it.
 */
import type { RegionCode, WorldView } from '../../engine';
import {
  aliasTarget,
  expectSame,
  outsideFocus,
  utf8,
  type NamedView,
  type ViewContext,
} from './namedView';

const REGION: RegionCode = 'sa-east-1';
const ALIAS = 'alias/kmslab-import';
const MESSAGE = 'Material propio: importado en KMS';
const WRAPPING_ALGORITHM = 'RSAES_OAEP_SHA_256';

/** The owner's copy of each key's material, by key id: this session's memory only. */
const ownerCopies = new Map<string, Uint8Array>();

const keyState = (world: WorldView, keyId: string) =>
  world.regions.find((r) => r.code === REGION)?.keys.find((k) => k.keyId === keyId)?.state;

/** Step 1: a new key with no material, and the view's alias pointing at it. */
async function externalKey(ctx: ViewContext, existing: string | undefined): Promise<string> {
  const created = await ctx.call('CreateKey', {
    Origin: 'EXTERNAL',
    Description: 'KMS Lab: imported key material',
  });
  const keyId = created.output.KeyMetadata?.KeyId ?? '';
  await ctx.call(existing ? 'UpdateAlias' : 'CreateAlias', {
    AliasName: ALIAS,
    TargetKeyId: keyId,
  });
  ctx.frame();
  return keyId;
}

/** Steps 2 to 4: parameters, the material wrapped outside AWS, and the import. */
async function importMaterial(ctx: ViewContext, keyId: string): Promise<void> {
  const params = (
    await ctx.call('GetParametersForImport', {
      KeyId: keyId,
      WrappingAlgorithm: WRAPPING_ALGORITHM,
      WrappingKeySpec: 'RSA_2048',
    })
  ).output;
  const publicKey = params.PublicKey ?? new Uint8Array();
  const token = params.ImportToken ?? new Uint8Array();
  ctx.local('download-import-parameters', publicKey.length + token.length);

  // Outside AWS, on the owner's workstation: no call to KMS.
  const { generateMaterial, wrapMaterial } = await import('../outside/wrapMaterial');
  let material = ownerCopies.get(keyId);
  if (!material) {
    material = generateMaterial();
    ownerCopies.set(keyId, material);
    ctx.local('generate-key-material', material.length);
  }
  const wrapped = await wrapMaterial(publicKey, WRAPPING_ALGORITHM, material);
  ctx.local('wrap-key-material', material.length, { algorithm: WRAPPING_ALGORITHM });
  ctx.local('send-wrapped-material', wrapped.length);

  await ctx.call('ImportKeyMaterial', {
    KeyId: keyId,
    ImportToken: token,
    EncryptedKeyMaterial: wrapped,
    ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
  });
}

export const byokView = {
  id: 'import' as const,
  region: REGION,
  focus: (world) => outsideFocus(world, REGION, ALIAS),
  async run(ctx) {
    const existing = aliasTarget(ctx.world(), REGION, ALIAS);
    const state = existing ? keyState(ctx.world(), existing) : undefined;
    const reusable =
      existing && (state === 'Enabled' || (state === 'PendingImport' && ownerCopies.has(existing)));
    const keyId = reusable ? existing : await externalKey(ctx, existing);
    if (keyState(ctx.world(), keyId) === 'PendingImport') await importMaterial(ctx, keyId);

    // Step 5: the key in use, like any symmetric key.
    const sealed = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(MESSAGE) });
    const opened = await ctx.call('Decrypt', {
      CiphertextBlob: sealed.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', MESSAGE, opened.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
