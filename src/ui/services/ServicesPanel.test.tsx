import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import ServicesPanel from './ServicesPanel';

function renderPanel(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<ServicesPanel />, { wrapper });
  return { store, user: userEvent.setup() };
}

/** A customer managed key in us-east-1, created by the root user; its id. */
async function customerKey(store: AppStore): Promise<string> {
  const record = await store.getState().call('CreateKey', { Description: 'facturas' }, 'us-east-1');
  return record.output?.KeyMetadata?.KeyId ?? '';
}

describe('AWS services section', () => {
  it('refuses bad input in place, in Spanish, without asking the service', async () => {
    const store = createAppStore();
    const askService = vi.fn(store.getState().askService);
    store.setState({ askService });
    const { user } = renderPanel('es', store);
    const put = screen.getByRole('form', { name: 'Subir un objeto' });
    const bucket = within(put).getByLabelText('Bucket');
    await user.clear(bucket);
    await user.click(within(put).getByRole('button', { name: 'Subir (PutObject)' }));
    expect(within(put).getByRole('alert')).toHaveTextContent(
      'Falta «Bucket». No se ha llamado al servicio.',
    );
    expect(bucket).toHaveAttribute('aria-invalid', 'true');
    expect(bucket).toHaveFocus();
    expect(bucket).toHaveAccessibleDescription('Falta «Bucket».');

    await user.type(bucket, 'Mi_Bucket');
    expect(within(put).queryByRole('alert')).toBeNull();
    await user.click(within(put).getByRole('button', { name: 'Subir (PutObject)' }));
    expect(within(put).getByRole('alert')).toHaveTextContent(/Nombre de bucket no válido/);

    // A customer managed key chosen, but the Region has none.
    await user.clear(bucket);
    await user.type(bucket, 'facturas');
    await user.selectOptions(
      within(put).getByLabelText('Cifrado'),
      'SSE-KMS — clave gestionada por el cliente',
    );
    expect(
      within(put).getByText(/No hay claves simétricas gestionadas por el cliente/),
    ).toBeVisible();
    await user.click(within(put).getByRole('button', { name: 'Subir (PutObject)' }));
    expect(within(put).getByRole('alert')).toHaveTextContent(
      'Elige una clave gestionada por el cliente. No se ha llamado al servicio.',
    );
    expect(askService).not.toHaveBeenCalled();
  });

  it('uploads under a customer managed key, reads it back, and explains KMS.DisabledException (Spanish)', async () => {
    const store = createAppStore();
    const keyId = await customerKey(store);
    store.getState().actAs('application');
    const { user } = renderPanel('es', store);
    expect(
      screen.getByText('Pides como Aplicación (Application), en la región us-east-1.'),
    ).toBeVisible();

    const put = screen.getByRole('form', { name: 'Subir un objeto' });
    await user.selectOptions(
      within(put).getByLabelText('Cifrado'),
      'SSE-KMS — clave gestionada por el cliente',
    );
    expect(within(put).getByLabelText('Clave gestionada por el cliente')).toHaveValue(keyId);
    const content = within(put).getByLabelText('Contenido (texto)');
    await user.clear(content);
    await user.type(content, 'factura 1');
    await user.click(within(put).getByRole('button', { name: 'Subir (PutObject)' }));
    const result = screen.getByRole('region', { name: 'Resultado' });
    expect(await within(result).findByRole('status')).toHaveTextContent(
      'S3 guardó el objeto cifrado.',
    );
    expect(within(result).getByRole('status')).toHaveTextContent(
      'Llamadas a KMS en tu nombre: GenerateDataKey.',
    );

    // What S3 keeps: the object, under the key, with its ARN as encryption context.
    const kept = screen.getByRole('region', { name: 'Lo que guarda S3 en esta región' });
    expect(kept).toHaveTextContent('kms-lab-demo/notas/hola.txt');
    expect(kept).toHaveTextContent(keyId.slice(0, 8));
    expect(kept).toHaveTextContent('aws:s3:arn=arn:aws:s3:::kms-lab-demo/notas/hola.txt');

    const get = screen.getByRole('form', { name: 'Leer un objeto' });
    await user.click(within(get).getByRole('button', { name: 'Leer (GetObject)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent(
        'S3 devolvió el objeto descifrado.',
      ),
    );
    const answer = within(result).getByRole('status');
    expect(answer).toHaveTextContent('Bodyfactura 1');
    expect(answer).toHaveTextContent('ServerSideEncryptionaws:kms');
    expect(answer).toHaveTextContent(
      `SSEKMSKeyId${store.getState().view.regions[0]?.keys[0]?.arn}`,
    );

    await store.getState().call('DisableKey', { KeyId: keyId }, 'us-east-1', { as: 'root' });
    await user.click(within(get).getByRole('button', { name: 'Leer (GetObject)' }));
    const alert = await within(result).findByRole('alert');
    expect(alert).toHaveTextContent('S3 no pudo leer el objeto: KMS.DisabledException');
    expect(alert).toHaveTextContent(
      'Detrás está KMS, que respondió DisabledException: La clave está deshabilitada',
    );
    expect(alert).toHaveTextContent('Mensaje de AWS: ');
  });

  it('reads with SSE-S3 without any KMS call, picks a stored object, and words errors in English', async () => {
    const { store, user } = renderPanel('en');
    const put = screen.getByRole('form', { name: 'Upload an object' });
    await user.selectOptions(within(put).getByLabelText('Encryption'), 'SSE-S3 — AWS owned key');
    await user.click(within(put).getByRole('button', { name: 'Upload (PutObject)' }));
    const result = screen.getByRole('region', { name: 'Result' });
    expect(await within(result).findByRole('status')).toHaveTextContent(
      'S3 stored the object, encrypted.',
    );
    expect(within(result).getByRole('status')).toHaveTextContent('No KMS call in your account.');
    expect(within(result).getByRole('status')).toHaveTextContent('ServerSideEncryptionAES256');
    expect(store.getState().view.regions[0]?.keys).toEqual([]);
    const kept = screen.getByRole('region', { name: 'What S3 keeps in this Region' });
    expect(kept).toHaveTextContent('Protected byAWS owned key');

    // A read of an object that does not exist: S3's own error, explained.
    const get = screen.getByRole('form', { name: 'Read an object' });
    const key = within(get).getByLabelText('Object key (Key)');
    await user.clear(key);
    await user.type(key, 'missing.txt');
    await user.click(within(get).getByRole('button', { name: 'Read (GetObject)' }));
    const alert = await within(result).findByRole('alert');
    expect(alert).toHaveTextContent('S3 could not read the object: NoSuchKey');
    expect(alert).toHaveTextContent('There is no object of that name in that bucket');

    // Choosing the stored object fills the read form again.
    await user.click(
      within(kept).getByRole('button', { name: 'Read kms-lab-demo/notas/hola.txt' }),
    );
    expect(key).toHaveValue('notas/hola.txt');
    await user.click(within(get).getByRole('button', { name: 'Read (GetObject)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent('BodyHola, KMS'),
    );
    // Too long, in English.
    await user.clear(key);
    await user.click(key);
    await user.paste('k'.repeat(1025));
    await user.click(within(get).getByRole('button', { name: 'Read (GetObject)' }));
    expect(within(get).getByRole('alert')).toHaveTextContent(
      '“Object key (Key)” is too long: 1024 characters at most. The service was not called.',
    );
  });
});
