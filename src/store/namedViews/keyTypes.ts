/**
 * Who manages the key: the course's table of key types, live. One object goes to S3 three
 * times — under a customer managed key (yours: you create, configure and audit it), under
 * aws/s3 (an AWS managed key: S3 creates it the first time, AWS rotates it every year, you
 * may see and audit it but not change it — disabling it is refused), and with SSE-S3 (an AWS
 * owned key: no call reaches KMS in the account, nothing appears in its CloudTrail).
 */
import type { RegionCode, WorldView } from '../../engine';
import { serviceNodeId } from '../../graph';
import { aliasTarget, ensureKey, keyFocus, type NamedView } from './namedView';

const REGION: RegionCode = 'ap-northeast-1';
const ALIAS = 'alias/kmslab-customer-managed';
const AWS_MANAGED = 'alias/aws/s3';
const BUCKET = 'kmslab-key-types';
const CONTENT = 'Informe trimestral';

export const keyTypesView = {
  id: 'keyTypes' as const,
  region: REGION,
  focus: (world: WorldView) => {
    const managed = aliasTarget(world, REGION, AWS_MANAGED);
    return [
      ...keyFocus(world, REGION, ALIAS),
      serviceNodeId(REGION, 's3'),
      ...(managed ? [`key:${REGION}:${managed}`] : []),
    ];
  },
  async run(ctx) {
    await ensureKey(ctx, ALIAS, 'KMS Lab: customer managed key');
    const put = (
      Key: string,
      encryption: { ServerSideEncryption: 'aws:kms' | 'AES256'; SSEKMSKeyId?: string },
    ) =>
      ctx.service({
        service: 's3',
        action: 'PutObject',
        Bucket: BUCKET,
        Key,
        Body: CONTENT,
        ...encryption,
      });

    // Customer managed: the key you created, named in the request.
    await put('customer-managed.txt', { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: ALIAS });
    // AWS managed: no key named, so S3 uses aws/s3 — creating it the first time.
    await put('aws-managed.txt', { ServerSideEncryption: 'aws:kms' });
    ctx.frame();
    // AWS owned: SSE-S3. S3 encrypts with a key AWS owns; KMS in the account never hears of it.
    await put('aws-owned.txt', { ServerSideEncryption: 'AES256' });

    // You can see the AWS managed key and its yearly rotation, but not change it.
    const managed = aliasTarget(ctx.world(), REGION, AWS_MANAGED) ?? AWS_MANAGED;
    await ctx.call('GetKeyRotationStatus', { KeyId: managed });
    await ctx.refused('DisableKey', { KeyId: managed }, 'AccessDeniedException');
  },
} satisfies NamedView;
