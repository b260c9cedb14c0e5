import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { ActingAsSwitch } from './ActingAsSwitch';
import { IdentitiesDialog } from './IdentitiesDialog';

// CodeMirror cannot be typed into under jsdom: the policy editor's view becomes a textarea with
// the same props (src/ui/policy/CodeEditor.test.tsx covers CodeMirror itself).
vi.mock('../policy/CodeEditor', async () => ({
  default: (await import('../policy/CodeEditorStub')).CodeEditorStub,
}));

function renderSwitch(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(
    <>
      <ActingAsSwitch />
      <IdentitiesDialog />
    </>,
    { wrapper },
  );
  return { store, user: userEvent.setup() };
}

describe('the "acting as" switch', () => {
  it('lists the identities with their roles in words (Spanish)', () => {
    renderSwitch('es');
    const select = screen.getByRole('combobox', { name: 'Actuar como' });
    expect(select).toHaveValue('root');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Usuario raíz',
      'Administrador de claves (Admin)',
      'Desarrollador (Developer)',
      'Aplicación (Application)',
      'Auditor de seguridad (SecurityAuditor)',
      'Socio en otra cuenta (PartnerApp, 444455556666)',
    ]);
  });

  it('makes the next call as the identity chosen (English)', async () => {
    const { store, user } = renderSwitch('en');
    const select = screen.getByRole('combobox', { name: 'Acting as' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Partner in another account (PartnerApp, 444455556666)');
    await user.selectOptions(select, 'Developer (Developer)');
    expect(store.getState().actingAs).toBe('developer');
    const record = await store.getState().call('ListKeys', {}, 'us-east-1');
    expect(record.principal).toBe('arn:aws:sts::111122223333:assumed-role/Developer/bob');
    await user.selectOptions(select, 'Root user');
    const again = await store.getState().call('ListKeys', {}, 'us-east-1');
    expect(again.principal).toBe('arn:aws:iam::111122223333:root');
  });
});

describe('the identities dialog', () => {
  it('shows the identity’s IAM policies as IAM stores them, read-only', async () => {
    const { store, user } = renderSwitch('es');
    await user.click(screen.getByRole('button', { name: 'Identidades' }));
    const dialog = screen.getByRole('dialog', { name: 'Identidades' });
    expect(dialog).toHaveTextContent('IAM no asocia políticas al usuario raíz');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Identidad' }),
      'Desarrollador (Developer)',
    );
    const policy = within(dialog).getByRole('textbox', { name: 'ReadKeyMetadata' });
    expect(policy).toHaveAttribute('readonly');
    expect(JSON.parse((policy as HTMLTextAreaElement).value)).toMatchObject({
      Statement: [{ Sid: 'ReadKeyMetadata', Action: ['kms:Describe*', 'kms:List*', 'kms:Get*'] }],
    });
    expect(dialog).toHaveTextContent('arn:aws:sts::111122223333:assumed-role/Developer/bob');
    await user.click(within(dialog).getByRole('button', { name: 'Actuar como esta identidad' }));
    expect(store.getState().actingAs).toBe('developer');
    expect(dialog).toHaveTextContent('Ya actúas como esta identidad.');
    await user.click(within(dialog).getByRole('button', { name: 'Cerrar' }));
    expect(store.getState().shownIdentity).toBeUndefined();
  });

  it('says the partner’s role is in another account', async () => {
    const { store } = renderSwitch('en');
    store.getState().showIdentity('partner');
    expect(
      await screen.findByText(/This role is in another account \(444455556666\)/),
    ).toBeInTheDocument();
  });

  it('edits a policy: problems listed in place and Save held; IAM’s refusal shown; then saved', async () => {
    const { store, user } = renderSwitch('en');
    store.getState().showIdentity('developer');
    const dialog = await screen.findByRole('dialog', { name: 'Identities' });
    const before = store.getState().view;
    await user.click(within(dialog).getByRole('button', { name: 'Edit policy ReadKeyMetadata' }));
    const editor = await within(dialog).findByRole('textbox', {
      name: 'IAM policy ReadKeyMetadata (JSON)',
    });
    expect(within(dialog).getByText('No problems.')).toBeVisible();

    // Not JSON: the problem is listed where it is, and Save stays off with the reason.
    await user.clear(editor);
    await user.type(editor, 'not json');
    expect(within(dialog).getByText('Problems in the policy: 1')).toBeVisible();
    expect(
      within(dialog).getByText(/^Line 1, column \d+ — Invalid JSON: The policy is not valid JSON/),
    ).toBeVisible();
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription(/fix the policy’s problems first/);
    await user.click(save);
    expect(within(dialog).queryByRole('alert')).toBeNull();

    // A Principal has no place in an identity policy: the checker is the identity policy's.
    await user.clear(editor);
    await user.click(editor);
    await user.paste(
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }],
        },
        null,
        2,
      ),
    );
    expect(
      within(dialog).getByText(/^Line 6, column 7 — Principal, Statement\[0\]\.Principal: /),
    ).toBeVisible();

    // Well formed but over IAM's size limit: IAM itself refuses, shown in place.
    await user.clear(editor);
    await user.click(editor);
    await user.paste(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'A'.repeat(10300), Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
      }),
    );
    expect(save).not.toHaveAttribute('aria-disabled');
    await user.click(save);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('IAM refuses the policy (LimitExceeded)');
    expect(alert).toHaveTextContent('Maximum policy size of 10240 bytes exceeded');
    expect(store.getState().view).toBe(before);

    const allowEncrypt = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
    });
    await user.clear(editor);
    // userEvent.type reads { and [ as key descriptors: paste instead.
    await user.click(editor);
    await user.paste(allowEncrypt);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByRole('button', { name: 'Edit policy ReadKeyMetadata' }),
    ).toBeVisible();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(store.getState().kms.identityPolicies('developer')).toEqual({
      ReadKeyMetadata: allowEncrypt,
    });
    expect(store.getState().records).toHaveLength(0);
  });
});
