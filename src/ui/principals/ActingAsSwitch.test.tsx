import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { ActingAsSwitch } from './ActingAsSwitch';
import { IdentitiesDialog } from './IdentitiesDialog';

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

  it('edits a policy: IAM’s refusal shown in place, nothing changed; then saved', async () => {
    const { store, user } = renderSwitch('en');
    store.getState().showIdentity('developer');
    const dialog = await screen.findByRole('dialog', { name: 'Identities' });
    const before = store.getState().view;
    await user.click(within(dialog).getByRole('button', { name: 'Edit policy ReadKeyMetadata' }));
    const editor = within(dialog).getByRole('textbox', { name: 'ReadKeyMetadata' });
    await user.clear(editor);
    await user.type(editor, 'not json');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('IAM refuses the policy (MalformedPolicyDocument)');
    expect(alert).toHaveTextContent('Syntax errors in policy.');
    expect(editor).toHaveAccessibleDescription(/Syntax errors in policy/);
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
