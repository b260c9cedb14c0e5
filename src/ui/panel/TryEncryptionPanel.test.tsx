import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { TryEncryptionPanel } from './TryEncryptionPanel';

function renderPanel(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<TryEncryptionPanel />, { wrapper });
  return { store, user: userEvent.setup() };
}

describe('TryEncryptionPanel', () => {
  it('runs CreateKey, Encrypt and Decrypt through labelled controls (Spanish)', async () => {
    const { store, user } = renderPanel('es');
    expect(screen.getByRole('heading', { level: 2, name: 'Probar cifrado' })).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Región'), 'sa-east-1');

    const create = screen.getByRole('form', { name: 'Crear una clave simétrica' });
    await user.type(within(create).getByLabelText('Descripción (opcional)'), 'prueba');
    await user.click(within(create).getByRole('button', { name: 'Crear clave KMS' }));
    // The first call also loads the engine's authorization: the answer comes a moment later.
    await waitFor(() => expect(store.getState().createdKeyId).toBeDefined());
    const keyId = store.getState().createdKeyId ?? '';
    expect(within(create).getByRole('status')).toHaveTextContent(`Clave KMS creada: ${keyId}`);

    const encrypt = screen.getByRole('form', { name: 'Cifrar' });
    expect(within(encrypt).getByLabelText('Clave KMS')).toHaveValue(keyId);
    await user.type(within(encrypt).getByLabelText('Texto plano'), 'hola');
    await user.click(within(encrypt).getByRole('button', { name: 'Cifrar' }));
    const ciphertext = await within(encrypt).findByLabelText(
      'Texto cifrado (CiphertextBlob, en base64)',
    );
    expect((ciphertext as HTMLTextAreaElement).value).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const decrypt = screen.getByRole('form', { name: 'Descifrar' });
    await user.click(within(decrypt).getByRole('button', { name: 'Descifrar' }));
    expect(await within(decrypt).findByLabelText('Texto plano descifrado')).toHaveTextContent(
      'hola',
    );
    expect(store.getState().records.map((r) => r.region)).toEqual([
      'sa-east-1',
      'sa-east-1',
      'sa-east-1',
    ]);
  });

  it('shows the exception name and a plain explanation (English)', async () => {
    const store = createAppStore();
    const { user } = renderPanel('en', store);
    await user.click(screen.getByRole('button', { name: 'Create KMS key' }));
    await waitFor(() => expect(store.getState().createdKeyId).toBeDefined());
    const keyId = store.getState().createdKeyId ?? '';
    await store.getState().call('DisableKey', { KeyId: keyId }, 'us-east-1');

    const encrypt = screen.getByRole('form', { name: 'Encrypt' });
    await user.type(within(encrypt).getByLabelText('Plaintext'), 'x');
    await user.click(within(encrypt).getByRole('button', { name: 'Encrypt' }));
    const alert = await within(encrypt).findByRole('alert');
    expect(alert).toHaveTextContent('Encrypt failed: DisabledException');
    expect(alert).toHaveTextContent('The key is disabled');
    expect(alert).toHaveTextContent(`AWS message: arn:aws:kms:us-east-1:`);
    expect(within(encrypt).getByLabelText('KMS key')).toHaveDisplayValue(/Disabled/);
  });

  it('offers only symmetric keys to encrypt with, not RSA or HMAC keys', async () => {
    const store = createAppStore();
    const { call } = store.getState();
    await call('CreateKey', { Description: 'sym' }, 'us-east-1');
    await call(
      'CreateKey',
      { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT', Description: 'rsa' },
      'us-east-1',
    );
    await call(
      'CreateKey',
      { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Description: 'hmac' },
      'us-east-1',
    );
    store.getState().selectRegion('us-east-1');
    renderPanel('en', store);

    const picker = within(screen.getByRole('form', { name: 'Encrypt' })).getByLabelText('KMS key');
    const options = within(picker).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('sym');
    expect(picker).toHaveDisplayValue(/sym/);
  });

  it('offers Decrypt only once there is a ciphertext', () => {
    renderPanel('en');
    const decrypt = screen.getByRole('form', { name: 'Decrypt' });
    expect(within(decrypt).getByRole('button', { name: 'Decrypt' })).toBeDisabled();
    expect(decrypt).toHaveTextContent('Encrypt a text first.');
  });
});
