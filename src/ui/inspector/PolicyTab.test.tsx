import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { Inspector } from './Inspector';

// CodeMirror cannot be typed into under jsdom: the same props on a textarea (CodeEditor.test.tsx
// covers CodeMirror itself). The checker, the problem list and the form are the real ones.
vi.mock('../policy/CodeEditor', async () => ({
  default: (await import('../policy/CodeEditorStub')).CodeEditorStub,
}));

const REGION = 'us-east-1';

async function inspectPolicy(language: Language) {
  const store: AppStore = createAppStore();
  const created = await store.getState().call('CreateKey', {}, REGION);
  const keyId = created.output?.KeyMetadata?.KeyId ?? '';
  store.getState().inspectKey({ region: REGION, keyId });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<Inspector />, { wrapper });
  const user = userEvent.setup();
  const tab = language === 'es' ? 'Política de clave' : 'Key policy';
  await user.click(await screen.findByRole('tab', { name: tab }));
  return { store, user, keyId };
}

const policyOf = async (store: AppStore, keyId: string) =>
  (await store.getState().kms.call('GetKeyPolicy', { KeyId: keyId }, { region: REGION })).output
    ?.Policy ?? '';

describe('PolicyTab', () => {
  it('lists a problem at its line, keeps Save off until it is fixed, then calls PutKeyPolicy (Spanish)', async () => {
    const { store, user, keyId } = await inspectPolicy('es');
    const panel = await screen.findByRole('tabpanel');
    await user.click(await within(panel).findByRole('button', { name: 'Editar la política' }));
    const editor = await within(panel).findByRole('textbox', { name: 'Política de clave (JSON)' });
    const original = (editor as HTMLTextAreaElement).value;
    expect(within(panel).getByText('Sin problemas.')).toBeVisible();

    // "Allow" → "Alow": the problem is listed with its line and column, and Save is off.
    await user.clear(editor);
    await user.click(editor);
    await user.paste(original.replace('"Allow"', '"Alow"'));
    const line = original.slice(0, original.indexOf('"Allow"')).split('\n').length;
    expect(within(panel).getByText('Problemas en la política: 1')).toBeVisible();
    expect(
      within(panel).getByText(
        new RegExp(
          `^Línea ${line}, columna \\d+ — Efecto, Statement\\[0\\]\\.Effect: Effect must be "Allow" or "Deny"\\.$`,
        ),
      ),
    ).toBeVisible();
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(editor).toHaveAccessibleDescription(/Statement\[0\]\.Effect/);
    const save = within(panel).getByRole('button', { name: 'Guardar (PutKeyPolicy)' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription(/corrige antes los problemas/);
    const calls = store.getState().records.length;
    await user.click(save);
    expect(store.getState().records.filter((r) => r.operation === 'PutKeyPolicy')).toEqual([]);
    expect(store.getState().records.length).toBe(calls);

    // Fixed, with a new statement: Save calls PutKeyPolicy and the tab reads the policy again.
    const fixed = JSON.parse(original) as { Statement: object[] };
    fixed.Statement.push({
      Sid: 'Deny',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
    });
    const text = JSON.stringify(fixed, null, 2);
    await user.clear(editor);
    await user.click(editor);
    await user.paste(text);
    expect(within(panel).getByText('Sin problemas.')).toBeVisible();
    expect(save).not.toHaveAttribute('aria-disabled');
    await user.click(save);
    expect(await within(panel).findByRole('button', { name: 'Editar la política' })).toBeVisible();
    const put = store.getState().records.filter((r) => r.operation === 'PutKeyPolicy');
    expect(put).toHaveLength(1);
    expect(put[0]?.error).toBeUndefined();
    expect(JSON.parse(await policyOf(store, keyId))).toEqual(fixed);
  });

  it('shows KMS’s own refusal (the lockout safety check) in the error box; Cancel goes back (English)', async () => {
    const { store, user, keyId } = await inspectPolicy('en');
    const panel = await screen.findByRole('tabpanel');
    const before = await policyOf(store, keyId);
    await user.click(await within(panel).findByRole('button', { name: 'Edit the policy' }));
    const editor = await within(panel).findByRole('textbox', { name: 'Key policy (JSON)' });
    const lockout = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/Developer' },
            Action: 'kms:Encrypt',
            Resource: '*',
          },
        ],
      },
      null,
      2,
    );
    await user.clear(editor);
    await user.click(editor);
    await user.paste(lockout);
    expect(within(panel).getByText('No problems.')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Save (PutKeyPolicy)' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('MalformedPolicyDocumentException');
    expect(alert).toHaveTextContent(
      'The new key policy will not allow you to update the key policy in the future.',
    );
    expect(await policyOf(store, keyId)).toBe(before);

    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('textbox', { name: 'Key policy (JSON)' })).toBeNull();
    expect(within(panel).getByLabelText('Key policy document (JSON)')).toHaveTextContent(
      '"Version": "2012-10-17"',
    );
  });
});
