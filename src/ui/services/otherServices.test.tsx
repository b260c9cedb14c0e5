// EBS, RDS, Parameter Store and Secrets Manager through the section's forms: each stores
// something under a key and reads it back, refuses bad input without a call, and shows the
// service's error with the KMS exception behind it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import ServicesPanel from './ServicesPanel';

async function renderService(language: Language, tab: string, store = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<ServicesPanel />, { wrapper });
  const user = userEvent.setup();
  await user.click(screen.getByRole('tab', { name: tab }));
  return { store, user, result: screen.getByRole('region', { name: /^(Resultado|Result)$/ }) };
}

async function customerKey(store: AppStore): Promise<string> {
  const record = await store.getState().call('CreateKey', {}, 'us-east-1');
  return record.output?.KeyMetadata?.KeyId ?? '';
}

describe('EBS', () => {
  it('creates a volume under a customer managed key, attaches it, and explains a disabled key (Spanish)', async () => {
    const store = createAppStore();
    const keyId = await customerKey(store);
    const { user, result } = await renderService('es', 'EBS', store);
    const create = screen.getByRole('form', { name: 'Crear un volumen cifrado' });
    await user.selectOptions(
      within(create).getByLabelText('Cifrado'),
      'Clave gestionada por el cliente',
    );
    await user.click(within(create).getByRole('button', { name: 'Crear volumen (CreateVolume)' }));
    const status = await within(result).findByRole('status');
    expect(status).toHaveTextContent('EC2 creó el volumen cifrado.');
    expect(status).toHaveTextContent(
      'Llamadas a KMS en tu nombre: CreateGrant, GenerateDataKeyWithoutPlaintext.',
    );
    const volumeId = store.getState().view.regions[0]?.stored?.[0]?.name ?? '';
    expect(volumeId).toMatch(/^vol-/);

    // The read form already names the new volume; what EBS keeps shows the grant.
    const attach = screen.getByRole('form', { name: 'Adjuntar el volumen a una instancia' });
    expect(within(attach).getByLabelText('Volumen (VolumeId)')).toHaveValue(volumeId);
    const kept = screen.getByRole('region', { name: 'Lo que guarda EBS en esta región' });
    expect(kept).toHaveTextContent(/Concesión \(grant\)[0-9a-f]{64}/);
    expect(kept).toHaveTextContent(`aws:ebs:id=${volumeId}`);

    await user.click(within(attach).getByRole('button', { name: 'Adjuntar (AttachVolume)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent('EC2 adjuntó el volumen'),
    );

    await store.getState().call('DisableKey', { KeyId: keyId }, 'us-east-1');
    await user.click(within(attach).getByRole('button', { name: 'Adjuntar (AttachVolume)' }));
    const alert = await within(result).findByRole('alert');
    expect(alert).toHaveTextContent(
      'EC2 no pudo adjuntar el volumen: Client.InvalidKMSKey.InvalidState',
    );
    expect(alert).toHaveTextContent(
      'Detrás está KMS, que respondió DisabledException: La clave está deshabilitada',
    );
  });

  it('refuses a size out of range and a malformed instance id without a call (English)', async () => {
    const store = createAppStore();
    const askService = vi.fn(store.getState().askService);
    store.setState({ askService });
    const { user } = await renderService('en', 'EBS', store);
    const create = screen.getByRole('form', { name: 'Create an encrypted volume' });
    const size = within(create).getByLabelText('Size in GiB (Size)');
    await user.clear(size);
    await user.type(size, '0');
    await user.click(within(create).getByRole('button', { name: 'Create volume (CreateVolume)' }));
    expect(within(create).getByRole('alert')).toHaveTextContent(
      'The size is a whole number of GiB from 1 to 16384. The service was not called.',
    );
    const attach = screen.getByRole('form', { name: 'Attach the volume to an instance' });
    await user.type(within(attach).getByLabelText('Volume (VolumeId)'), 'vol-0123456789abcdef0');
    const instance = within(attach).getByLabelText('EC2 instance (InstanceId)');
    await user.clear(instance);
    await user.type(instance, 'i-xyz');
    await user.click(within(attach).getByRole('button', { name: 'Attach (AttachVolume)' }));
    expect(within(attach).getByRole('alert')).toHaveTextContent(
      'An InstanceId is “i-” and 8 or 17 hex digits.',
    );
    expect(askService).not.toHaveBeenCalled();
  });
});

describe('RDS', () => {
  it('creates a database under aws/rds and starts it (English)', async () => {
    const { store, user, result } = await renderService('en', 'RDS');
    const create = screen.getByRole('form', { name: 'Create an encrypted database' });
    expect(within(create).getByLabelText('Encryption')).toHaveDisplayValue(
      'AWS managed key (aws/rds)',
    );
    await user.click(
      within(create).getByRole('button', { name: 'Create database (CreateDBInstance)' }),
    );
    expect(await within(result).findByRole('status')).toHaveTextContent(
      'RDS created the encrypted database.',
    );
    expect(store.getState().view.regions[0]?.keys[0]?.aliases).toContain('alias/aws/rds');
    const kept = screen.getByRole('region', { name: 'What RDS keeps in this Region' });
    expect(kept).toHaveTextContent('Protected byalias/aws/rds');

    const start = screen.getByRole('form', { name: 'Start the database' });
    await user.click(within(start).getByRole('button', { name: 'Start (StartDBInstance)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent('RDS started the database.'),
    );
  });
});

describe('Parameter Store', () => {
  it('stores a SecureString, reads it decrypted, and explains a second PutParameter (English)', async () => {
    const { user, result } = await renderService('en', 'Parameter Store');
    const put = screen.getByRole('form', { name: 'Store a SecureString parameter' });
    await user.click(within(put).getByRole('button', { name: 'Store (PutParameter)' }));
    expect(await within(result).findByRole('status')).toHaveTextContent(
      'Parameter Store stored the parameter, encrypted.',
    );
    const get = screen.getByRole('form', { name: 'Read the parameter' });
    await user.click(within(get).getByRole('button', { name: 'Read (GetParameter)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent('Parameter.ValueS3cr3t0'),
    );
    expect(within(result).getByRole('status')).toHaveTextContent(
      'KMS calls on your behalf: Decrypt.',
    );

    // Without decryption: the ciphertext, and no KMS call.
    await user.click(within(get).getByLabelText('Decrypt the value (WithDecryption)'));
    await user.click(within(get).getByRole('button', { name: 'Read (GetParameter)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent('No KMS call in your account.'),
    );
    expect(within(result).getByRole('status')).not.toHaveTextContent('S3cr3t0');

    await user.click(within(put).getByRole('button', { name: 'Store (PutParameter)' }));
    const alert = await within(result).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Parameter Store could not store the parameter: ParameterAlreadyExists',
    );
    expect(alert).toHaveTextContent('There is already a parameter of that name in this Region.');

    // With Overwrite: a new version.
    await user.click(within(put).getByLabelText('Replace the parameter if it exists (Overwrite)'));
    await user.click(within(put).getByRole('button', { name: 'Store (PutParameter)' }));
    await waitFor(() => expect(within(result).getByRole('status')).toHaveTextContent('Version2'));
  });

  it('refuses a name SSM would refuse, without a call (Spanish)', async () => {
    const store = createAppStore();
    const askService = vi.fn(store.getState().askService);
    store.setState({ askService });
    const { user } = await renderService('es', 'Parameter Store', store);
    const put = screen.getByRole('form', { name: 'Guardar un parámetro SecureString' });
    const name = within(put).getByLabelText('Nombre (Name)');
    await user.clear(name);
    await user.type(name, 'ssm-clave');
    await user.click(within(put).getByRole('button', { name: 'Guardar (PutParameter)' }));
    expect(within(put).getByRole('alert')).toHaveTextContent(/no puede empezar por «aws» ni «ssm»/);
    expect(askService).not.toHaveBeenCalled();
  });
});

describe('Secrets Manager', () => {
  it('creates a secret and reads it back; a missing one is explained (Spanish)', async () => {
    const { user, result } = await renderService('es', 'Secrets Manager');
    const create = screen.getByRole('form', { name: 'Crear un secreto' });
    await user.click(within(create).getByRole('button', { name: 'Crear secreto (CreateSecret)' }));
    expect(await within(result).findByRole('status')).toHaveTextContent(
      'Secrets Manager guardó el secreto cifrado.',
    );
    const read = screen.getByRole('form', { name: 'Leer el secreto' });
    const secretId = within(read).getByLabelText('Secreto (SecretId)');
    expect(secretId).toHaveValue('prod/app/api-key');
    await user.click(within(read).getByRole('button', { name: 'Leer (GetSecretValue)' }));
    await waitFor(() =>
      expect(within(result).getByRole('status')).toHaveTextContent(
        'SecretString{"apiKey":"abc123"}',
      ),
    );
    await user.clear(secretId);
    await user.type(secretId, 'otro');
    await user.click(within(read).getByRole('button', { name: 'Leer (GetSecretValue)' }));
    const alert = await within(result).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Secrets Manager no pudo leer el secreto: ResourceNotFoundException',
    );
    expect(alert).toHaveTextContent('No hay ningún secreto con ese nombre en esta región.');
  });
});
