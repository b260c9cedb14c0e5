import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, preloadEngine, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import CloudHsmPanel from './CloudHsmPanel';

function renderPanel(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<CloudHsmPanel />, { wrapper });
  return { store, user: userEvent.setup() };
}

const cluster = () => screen.getByRole('article', { name: /^Clúster cluster-/ });
const storeForm = () => screen.getByRole('form', { name: 'CreateCustomKeyStore' });

describe('CloudHSM section', () => {
  // The engine's operations load on the first call: load them before the clock starts.
  beforeAll(() => preloadEngine(), 20_000);

  it('walks from an empty cluster to an encrypted message, refusing bad input in place', async () => {
    const store = createAppStore();
    const call = vi.spyOn(store.getState(), 'call');
    const activate = vi.spyOn(store.getState(), 'activateCloudHsmCluster');
    const { user } = renderPanel('es', store);

    expect(screen.getByText('No hay ningún clúster de CloudHSM en esta región.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Crear clúster' }));
    await screen.findByRole('article', { name: /^Clúster cluster-/ });
    expect(within(cluster()).getAllByText('Sin HSM')).toHaveLength(3);
    await user.click(within(cluster()).getByRole('button', { name: 'Inicializar el clúster' }));
    expect(await within(cluster()).findByRole('alert')).toHaveTextContent(
      'El clúster no tiene ningún HSM: crea uno antes de inicializarlo.',
    );
    await user.click(within(cluster()).getByRole('button', { name: 'Añadir HSM en us-east-1a' }));
    await user.click(within(cluster()).getByRole('button', { name: 'Inicializar el clúster' }));
    expect(await within(cluster()).findByText('Estado: INITIALIZED')).toBeVisible();
    expect(within(cluster()).getByText(/BEGIN CERTIFICATE/)).toBeInTheDocument();

    // A short password: refused here, CloudHSM never asked.
    await user.type(within(cluster()).getByLabelText('Contraseña de kmsuser'), 'corta');
    await user.click(within(cluster()).getByRole('button', { name: 'Activar el clúster' }));
    expect(within(cluster()).getByRole('alert')).toHaveTextContent(
      'La contraseña debe tener entre 7 y 32 caracteres.',
    );
    expect(activate).not.toHaveBeenCalled();
    await user.type(within(cluster()).getByLabelText('Contraseña de kmsuser'), '-segura');
    await user.click(within(cluster()).getByRole('button', { name: 'Activar el clúster' }));
    expect(await within(cluster()).findByText('Estado: ACTIVE')).toBeVisible();

    // The store form: no name → refused without a call; then KMS refuses one HSM.
    await user.click(within(storeForm()).getByRole('button', { name: 'CreateCustomKeyStore' }));
    expect(within(storeForm()).getByRole('alert')).toHaveTextContent('Escribe un nombre');
    expect(call).not.toHaveBeenCalled();
    await user.type(within(storeForm()).getByLabelText('Nombre del almacén'), 'mi-almacen');
    await user.click(within(storeForm()).getByRole('button', { name: 'CreateCustomKeyStore' }));
    expect(
      await within(storeForm()).findByText(/CloudHsmClusterInvalidConfigurationException/),
    ).toBeVisible();
    expect(within(storeForm()).getAllByRole('alert')[0]).toHaveTextContent(
      'CloudHsmClusterInvalidConfigurationException',
    );
    const missing = within(storeForm()).getByText(
      'Al menos dos HSM activos en zonas de disponibilidad distintas',
    );
    expect(missing).toHaveTextContent('(falta)');

    await user.click(within(cluster()).getByRole('button', { name: 'Añadir HSM en us-east-1b' }));
    await user.click(within(storeForm()).getByRole('button', { name: 'CreateCustomKeyStore' }));
    const card = await screen.findByRole('article', { name: /^Almacén mi-almacen/ });
    expect(within(card).getByText('Estado de conexión: Desconectado')).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'ConnectCustomKeyStore' }));
    expect(await within(card).findByText('Estado de conexión: Conectado')).toBeVisible();
    await user.click(
      within(card).getByRole('button', { name: 'CreateKey en el almacén (Origin AWS_CLOUDHSM)' }),
    );
    expect(await within(card).findByText('Claves KMS del almacén: 1')).toBeVisible();
    await user.type(within(card).getByLabelText('Mensaje'), 'hola HSM');
    await user.click(within(card).getByRole('button', { name: 'Encrypt' }));
    await within(card).findByText('Texto cifrado (base64):');
    await user.click(within(card).getByRole('button', { name: 'Decrypt' }));
    expect(await within(card).findByText('Descifrado: hola HSM')).toBeVisible();

    // Disconnected: the key is Unavailable and Encrypt is refused.
    await user.click(within(card).getByRole('button', { name: 'DisconnectCustomKeyStore' }));
    expect(await within(card).findByText('No disponible')).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Encrypt' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('KMSInvalidStateException');
  }, 20_000);

  it('speaks English', async () => {
    const { user } = renderPanel('en');
    await user.click(screen.getByRole('button', { name: 'Create cluster' }));
    expect(await screen.findByRole('button', { name: 'Add HSM in us-east-1a' })).toBeVisible();
    expect(
      screen.getAllByText('At least two active HSMs in different Availability Zones').length,
    ).toBeGreaterThan(0);
  });
});
