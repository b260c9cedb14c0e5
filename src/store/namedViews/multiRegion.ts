/**
 * Multi-Region keys, the course's diagram: one key id with its primary in us-east-1 and
 * replicas in eu-west-1 and ap-south-1, sharing the same key material. A message encrypted
 * in us-east-1 decrypts in ap-south-1 with the related key, and the call never leaves
 * ap-south-1: no cross-Region call, no re-encryption.
 */
import type { RegionCode, WorldView } from '../../engine';
import { keyNodeId, kmsEndpointNodeId, regionNodeId } from '../../graph';
import { aliasTarget, expectSame, utf8, type NamedView } from './namedView';

const PRIMARY: RegionCode = 'us-east-1';
const REPLICAS: readonly RegionCode[] = ['eu-west-1', 'ap-south-1'];
const ALIAS = 'alias/kmslab-multi-region';
const MESSAGE = 'Pedido 42: cifrado en Virginia, descifrado en Bombay';

/** The Regions that hold the key with this id. */
const holders = (world: WorldView, keyId: string): string[] =>
  world.regions.filter((r) => r.keys.some((k) => k.keyId === keyId)).map((r) => r.code);

export const multiRegionView = {
  id: 'multiRegion' as const,
  region: PRIMARY,
  focus: (world: WorldView) => {
    const keyId = aliasTarget(world, PRIMARY, ALIAS);
    return [PRIMARY, ...REPLICAS].flatMap((region) =>
      keyId && holders(world, keyId).includes(region)
        ? [kmsEndpointNodeId(region), keyNodeId(region, keyId)]
        : [regionNodeId(region)],
    );
  },
  async run(ctx) {
    let keyId = aliasTarget(ctx.world(), PRIMARY, ALIAS);
    if (!keyId) {
      const created = await ctx.call('CreateKey', {
        MultiRegion: true,
        Description: 'KMS Lab: multi-Region key',
      });
      keyId = created.output.KeyMetadata?.KeyId ?? '';
      await ctx.call('CreateAlias', { AliasName: ALIAS, TargetKeyId: keyId });
    }
    for (const region of REPLICAS) {
      if (holders(ctx.world(), keyId).includes(region)) continue;
      await ctx.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: region });
    }
    ctx.frame();
    const sealed = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(MESSAGE) });
    // In Mumbai, with nothing but the ciphertext: it names the key id and material version.
    const opened = await ctx.callIn('ap-south-1', 'Decrypt', {
      CiphertextBlob: sealed.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', MESSAGE, opened.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
