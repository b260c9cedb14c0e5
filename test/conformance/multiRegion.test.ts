/**
 * Multi-Region keys through the AWS SDK: a primary in us-east-1, replicas in eu-west-1 and
 * ap-south-1 (the course's diagram). A ciphertext made in one Region decrypts in another with
 * the related key; a single-Region key's does not. ReplicateKey answers Creating and the
 * replica settles right after; UpdatePrimaryRegion swaps the roles.
 */
import {
  AlreadyExistsException,
  DecryptCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  ReplicateKeyCommand,
  UnsupportedOperationException,
  UpdatePrimaryRegionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createKey, expectKmsError, keyArn, newLab, text, trackCommands, utf8 } from './client';

trackCommands(import.meta.url);

async function courseDiagram() {
  const lab = newLab();
  const primary = await createKey(lab.us, { MultiRegion: true, Description: 'orders' });
  const eu = await lab.us.send(
    new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' }),
  );
  const ap = await lab.us.send(
    new ReplicateKeyCommand({ KeyId: primary.Arn, ReplicaRegion: 'ap-south-1' }),
  );
  return { lab, primary, eu, ap, mumbai: lab.client('ap-south-1') };
}

describe('multi-Region keys through the SDK', () => {
  it('replicates the primary: same id, the replica Creating, then Enabled', async () => {
    const { primary, eu, ap, mumbai } = await courseDiagram();
    expect(primary.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(eu.ReplicaKeyMetadata).toMatchObject({
      KeyId: primary.KeyId,
      Arn: keyArn('eu-west-1', primary.KeyId),
      KeyState: 'Creating',
      MultiRegion: true,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA' },
    });
    expect(ap.ReplicaPolicy).toContain('kms:*');
    const described = await mumbai.send(new DescribeKeyCommand({ KeyId: primary.KeyId }));
    expect(described.KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      Description: 'orders',
      MultiRegionConfiguration: {
        MultiRegionKeyType: 'REPLICA',
        PrimaryKey: { Arn: primary.Arn, Region: 'us-east-1' },
        ReplicaKeys: [
          { Arn: keyArn('eu-west-1', primary.KeyId), Region: 'eu-west-1' },
          { Arn: keyArn('ap-south-1', primary.KeyId), Region: 'ap-south-1' },
        ],
      },
    });
  });

  it('encrypts in us-east-1 and decrypts in ap-south-1 with the related key', async () => {
    const { lab, primary, mumbai } = await courseDiagram();
    const { CiphertextBlob } = await lab.us.send(
      new EncryptCommand({ KeyId: primary.KeyId, Plaintext: utf8('pedido 42') }),
    );
    const opened = await mumbai.send(new DecryptCommand({ CiphertextBlob }));
    expect(text(opened.Plaintext)).toBe('pedido 42');
    expect(opened.KeyId).toBe(keyArn('ap-south-1', primary.KeyId));
  });

  it('refuses what AWS refuses', async () => {
    const { lab, primary, mumbai } = await courseDiagram();
    await expectKmsError(
      lab.us.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' })),
      { type: AlreadyExistsException },
    );
    await expectKmsError(
      mumbai.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'sa-east-1' })),
      { type: UnsupportedOperationException },
    );
    await expectKmsError(mumbai.send(new EnableKeyRotationCommand({ KeyId: primary.KeyId })), {
      type: UnsupportedOperationException,
    });
    const single = await createKey(lab.us);
    await expectKmsError(
      lab.us.send(new ReplicateKeyCommand({ KeyId: single.KeyId, ReplicaRegion: 'eu-west-1' })),
      { type: UnsupportedOperationException },
    );
    const { CiphertextBlob } = await lab.us.send(
      new EncryptCommand({ KeyId: single.KeyId, Plaintext: utf8('x') }),
    );
    await expectKmsError(mumbai.send(new DecryptCommand({ CiphertextBlob })), {
      type: 'AccessDeniedException',
    });
  });

  it('UpdatePrimaryRegion makes ap-south-1 the primary', async () => {
    const { lab, primary, mumbai } = await courseDiagram();
    const updated = await lab.us.send(
      new UpdatePrimaryRegionCommand({ KeyId: primary.KeyId, PrimaryRegion: 'ap-south-1' }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    const described = await mumbai.send(new DescribeKeyCommand({ KeyId: primary.KeyId }));
    expect(described.KeyMetadata?.MultiRegionConfiguration).toMatchObject({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Region: 'ap-south-1' },
    });
    await expectKmsError(
      lab.us.send(
        new UpdatePrimaryRegionCommand({ KeyId: primary.KeyId, PrimaryRegion: 'eu-west-1' }),
      ),
      { type: UnsupportedOperationException },
    );
  });
});
