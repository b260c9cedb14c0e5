import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreateKeyRequest } from '@aws-sdk/client-kms';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { isBackgroundRead } from '../../store/worldSlice';
import { StoreProvider } from '../app/StoreProvider';
import { Inspector } from './Inspector';

const REGION = 'us-east-1';

/** A store with one key of the given kind, inspected, and the inspector on its crypto tab. */
async function inspect(language: Language, request: CreateKeyRequest) {
  const store: AppStore = createAppStore();
  const created = await store.getState().call('CreateKey', request, REGION);
  const keyId = created.output?.KeyMetadata?.KeyId ?? '';
  store.getState().inspectKey({ region: REGION, keyId });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<Inspector />, { wrapper });
  const user = userEvent.setup();
  const tab = language === 'es' ? 'Criptografía' : 'Cryptography';
  await user.click(await screen.findByRole('tab', { name: tab }));
  return { store, user, keyId };
}

afterEach(() => vi.restoreAllMocks());

describe('CryptoTab', () => {
  it('shows an RSA key’s algorithm lists and gets its public key as PEM and DER (Spanish)', async () => {
    const { store, user, keyId } = await inspect('es', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
    });
    const panel = await screen.findByRole('tabpanel');
    expect(await within(panel).findByText('Algoritmos de firma (SigningAlgorithms)')).toBeVisible();
    expect(within(panel).getByText(/RSASSA_PSS_SHA_256/)).toBeVisible();
    expect(within(panel).queryByText(/EncryptionAlgorithms/)).toBeNull();
    expect(within(panel).queryByText(/MacAlgorithms/)).toBeNull();

    const section = within(panel).getByRole('region', { name: 'Clave pública' });
    await user.click(
      within(section).getByRole('button', { name: 'Obtener la clave pública (GetPublicKey)' }),
    );
    const pem = await within(section).findByLabelText('Clave pública en formato PEM');
    expect(pem).toHaveAttribute('readonly');
    expect((pem as HTMLTextAreaElement).value).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
    // The user's own request: audited and played, not a background read.
    const call = store.getState().records.findLast((r) => r.operation === 'GetPublicKey');
    expect(call && isBackgroundRead(call)).toBe(false);
    expect(
      within(section).getByRole('button', { name: 'Copiar la clave pública (PEM)' }),
    ).toBeVisible();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(
      within(section).getByRole('button', { name: 'Descargar clave pública (PEM)' }),
    );
    await user.click(
      within(section).getByRole('button', { name: 'Descargar clave pública (DER)' }),
    );
    expect(names).toEqual([`${keyId}.pem`, `${keyId}.der`]);
    expect(blobs.map((b) => b.type)).toEqual([
      'application/x-pem-file',
      'application/octet-stream',
    ]);
    expect(await blobs[0]?.text()).toBe((pem as HTMLTextAreaElement).value);
    const der = new Uint8Array(await (blobs[1] as Blob).arrayBuffer());
    expect(der[0]).toBe(0x30); // a DER SEQUENCE: the SubjectPublicKeyInfo
  });

  it('shows an HMAC key’s MAC algorithms and offers no public key (English)', async () => {
    await inspect('en', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const panel = await screen.findByRole('tabpanel');
    expect(await within(panel).findByText('MAC algorithms (MacAlgorithms)')).toBeVisible();
    expect(within(panel).getByText('HMAC_SHA_256')).toBeVisible();
    expect(within(panel).queryByText(/Encryption algorithms/)).toBeNull();
    expect(within(panel).queryByRole('region', { name: 'Public key' })).toBeNull();
    // The course's point: an HMAC key is symmetric, and has no public key to hand out.
    expect(within(panel).getByText(/^HMAC: a symmetric key .* has no public key\.$/)).toBeVisible();
  });

  it('says why a disabled key’s public key cannot be read, as KMS would (English)', async () => {
    const { store, keyId } = await inspect('en', {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'KEY_AGREEMENT',
    });
    await store.getState().call('DisableKey', { KeyId: keyId }, REGION);
    const section = await screen.findByRole('region', { name: 'Public key' });
    expect(screen.getByText('Key agreement algorithms (KeyAgreementAlgorithms)')).toBeVisible();
    const get = within(section).getByRole('button', { name: 'Get the public key (GetPublicKey)' });
    expect(get).toHaveAttribute('aria-disabled', 'true');
    expect(get).toHaveAccessibleDescription(/DisabledException/);
  });
});
