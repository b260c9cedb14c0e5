import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { LOCAL_WORK, timelineOf, type LocalAction, type LocalRecord } from '../../graph';
import { captionOf } from '../../graph/narration';
import { createI18n } from '../../i18n';
import { captionText } from '../format/captionText';
import { cueLabel, operationName } from './cueLabel';

const LOCAL_ACTIONS = Object.keys(LOCAL_WORK) as LocalAction[];

const local = (action: LocalAction): LocalRecord => ({
  kind: 'local',
  id: `local-${action}`,
  action,
  region: 'us-east-1',
  principal: 'arn:aws:iam::111122223333:root',
  bytes: 32,
  time: 0,
  ...(LOCAL_WORK[action].by === 'service' || LOCAL_WORK[action].travelsTo === 'service'
    ? { service: 's3' as const, serviceAction: 'PutObject' }
    : {}),
});

describe('cue labels', () => {
  it.each(['es', 'en'] as const)(
    'name every kind of local work in words, never by its text key (%s)',
    (language) => {
      const { t } = createI18n(language);
      for (const action of LOCAL_ACTIONS) {
        const record = local(action);
        const [cue] = timelineOf(record).cues;
        for (const text of [operationName(t, record), cueLabel(t, record, cue!, captionOf)]) {
          expect(text).not.toMatch(/player\.|views\./);
          expect(text.length).toBeGreaterThan(3);
        }
        expect(t(`views.local.${action}`)).not.toMatch(/views\./);
      }
    },
  );

  it('show a key pair or its private key where a symmetric key shows its material version', async () => {
    const { t } = createI18n('es');
    const kms = createKms();
    const materialLabel = async (input: Parameters<typeof kms.call<'CreateKey'>>[1]) => {
      const record = await kms.call('CreateKey', input);
      const cue = timelineOf(record).cues.find((c) => c.what === 'material');
      return cueLabel(t, record, cue!, captionOf);
    };
    expect(await materialLabel({})).toBe('Material v1');
    expect(await materialLabel({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).toBe(
      'Par de claves',
    );
    expect(await materialLabel({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' })).toBe(
      'Clave HMAC',
    );
  });

  it('name the missing permission where the policy check refuses a call', async () => {
    const { t } = createI18n('en');
    const kms = createKms();
    const KeyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    const refused = await kms.call(
      'Encrypt',
      { KeyId, Plaintext: new TextEncoder().encode('x') },
      { principal: kms.principal('developer') },
    );
    expect(refused.error?.name).toBe('AccessDeniedException');
    const cue = timelineOf(refused).cues.find((c) => c.what === 'authorize');
    expect(cue?.ok).toBe(false);
    expect(cueLabel(t, refused, cue!, captionOf)).toBe('Not allowed: kms:Encrypt');
  });

  const SERVICE_ACTIONS = LOCAL_ACTIONS.filter(
    (a) => LOCAL_WORK[a].by === 'service' || LOCAL_WORK[a].travelsTo === 'service',
  );

  it.each(['es', 'en'] as const)(
    'narrate every piece of an AWS service’s work naming the service, with no placeholder left (%s)',
    (language) => {
      const { t } = createI18n(language);
      expect(SERVICE_ACTIONS.length).toBeGreaterThanOrEqual(9);
      const lines = SERVICE_ACTIONS.map((action) => {
        const line = captionText(t, captionOf(local(action), 0));
        expect(line, action).not.toMatch(/\{\{|narration\./);
        expect(line, action).toContain('Amazon S3');
        return line;
      });
      // Each action has its own words.
      expect(new Set(lines).size).toBe(lines.length);
    },
  );

  it('say where the service works outside KMS, and that an AWS owned key leaves no trail', () => {
    const line = (language: 'es' | 'en', action: LocalAction) =>
      captionText(createI18n(language).t, captionOf(local(action), 0));
    expect(line('es', 'service-encrypt-data')).toBe(
      'Amazon S3 cifra los datos (32 bytes) con la clave de datos en texto plano, fuera de KMS',
    );
    expect(line('en', 'service-encrypt-data')).toMatch(
      /^Amazon S3 encrypts the data \(32 bytes\) with the plaintext data key, outside KMS/,
    );
    expect(line('es', 'aws-owned-encrypt')).toMatch(/clave propiedad de AWS.*CloudTrail/);
    expect(line('en', 'aws-owned-encrypt')).toMatch(/AWS owned key.*no call reaches KMS/);
    expect(line('en', 'aws-owned-decrypt')).toMatch(/AWS owned key.*nothing reaches KMS/);
    expect(line('en', 'service-request')).toBe(
      'The root user asks Amazon S3 in us-east-1 for PutObject: Amazon S3 will call KMS',
    );
  });

  it('name the error code of a refused answer, in the caption and on the cue', () => {
    const refused: LocalRecord = {
      ...local('service-response'),
      ok: false,
      errorCode: 'KMS.DisabledException',
    };
    const [cue] = timelineOf(refused).cues;
    expect(cue!.ok).toBe(false);
    for (const language of ['es', 'en'] as const) {
      const { t } = createI18n(language);
      expect(cueLabel(t, refused, cue!, captionOf)).toBe('KMS.DisabledException');
      expect(captionText(t, captionOf(refused, 0))).toMatch(/PutObject.*KMS\.DisabledException/);
    }
    const { t } = createI18n('en');
    const ok = local('service-response');
    expect(cueLabel(t, ok, timelineOf(ok).cues[0]!, captionOf)).toBe('Response');
  });

  it('say that a service calls KMS on the principal’s behalf (kms:ViaService)', async () => {
    const kms = createKms();
    const KeyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    const principal = kms.principal('root');
    const via = await kms.call(
      'GenerateDataKey',
      { KeyId, KeySpec: 'AES_256' },
      { principal, invokedBy: 's3.amazonaws.com' },
    );
    const en = createI18n('en').t;
    expect(captionText(en, captionOf(via, 0))).toBe(
      'The root user uses Amazon S3, which calls GenerateDataKey at the KMS endpoint in us-east-1 on their behalf: the key policy sees that principal with kms:ViaService s3.us-east-1.amazonaws.com',
    );
    const es = createI18n('es').t;
    expect(captionText(es, captionOf(via, 0))).toMatch(
      /^El usuario raíz usa Amazon S3, que llama en su nombre a GenerateDataKey/,
    );
  });
});
