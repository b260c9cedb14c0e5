import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { LOCAL_WORK, timelineOf, type LocalAction, type LocalRecord } from '../../graph';
import { createI18n } from '../../i18n';
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
});

describe('cue labels', () => {
  it.each(['es', 'en'] as const)(
    'name every kind of local work in words, never by its text key (%s)',
    (language) => {
      const { t } = createI18n(language);
      for (const action of LOCAL_ACTIONS) {
        const record = local(action);
        const [cue] = timelineOf(record).cues;
        for (const text of [operationName(t, record), cueLabel(t, record, cue!)]) {
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
      return cueLabel(t, record, cue!);
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
    expect(cueLabel(t, refused, cue!)).toBe('Not allowed: kms:Encrypt');
  });
});
