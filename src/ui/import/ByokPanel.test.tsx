import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import ByokPanel from './ByokPanel';

function renderPanel(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<ByokPanel />, { wrapper });
  return { store, user: userEvent.setup() };
}

// Typing into the fields is slow on a busy machine.
describe(
  'Import material: bad input is refused in place, without a call',
  { timeout: 15_000 },
  () => {
    it('refuses pasted material that is not 256 bits of base64 (es)', async () => {
      const store = createAppStore();
      const keep = vi.fn(store.getState().keepOwnMaterial);
      store.setState({ keepOwnMaterial: keep });
      const { user } = renderPanel('es', store);
      const form = screen.getByRole('form', { name: 'Vuelve a usar tu copia' });
      const field = within(form).getByLabelText(/Pega el material/);
      await user.click(within(form).getByRole('button', { name: 'Usar este material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent('Pega el material en base64.');
      await user.type(field, 'no es base64!');
      expect(within(form).queryByRole('alert')).toBeNull();
      await user.click(within(form).getByRole('button', { name: 'Usar este material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent('No es base64 válido.');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveFocus();
      await user.clear(field);
      await user.type(field, btoa('x'.repeat(16)));
      await user.click(within(form).getByRole('button', { name: 'Usar este material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent(
        'El material tiene 16 bytes; una clave simétrica necesita 32 (256 bits).',
      );
      expect(keep).not.toHaveBeenCalled();

      await user.clear(field);
      await user.type(field, btoa('k'.repeat(32)));
      await user.click(within(form).getByRole('button', { name: 'Usar este material' }));
      expect(within(form).queryByRole('alert')).toBeNull();
      expect(store.getState().ownMaterial).toHaveLength(32);
      expect(screen.getByLabelText('Material (hex)')).toHaveValue('6b'.repeat(32));
      expect(store.getState().records).toHaveLength(0);
    });

    it('refuses a ValidTo in the past or over 365 days away (en)', async () => {
      const store = createAppStore();
      const send = vi.fn(store.getState().importWrappedMaterial);
      store.setState({ importWrappedMaterial: send });
      const { user } = renderPanel('en', store);
      const form = screen.getByRole('form', { name: 'Import the material (ImportKeyMaterial)' });
      await user.selectOptions(
        within(form).getByLabelText('Material expiration (ExpirationModel)'),
        'Expires (KEY_MATERIAL_EXPIRES)',
      );
      const validTo = within(form).getByLabelText('Expires on (ValidTo, 00:00 UTC)');
      await user.clear(validTo);
      await user.click(within(form).getByRole('button', { name: 'Import material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent(
        'The expiration date (ValidTo) is missing. KMS was not called.',
      );
      expect(validTo).toHaveAttribute('aria-invalid', 'true');
      expect(validTo).toHaveFocus();
      await user.type(validTo, '2001-01-01');
      await user.click(within(form).getByRole('button', { name: 'Import material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent('ValidTo must be later than now.');
      await user.clear(validTo);
      await user.type(validTo, '2999-01-01');
      await user.click(within(form).getByRole('button', { name: 'Import material' }));
      expect(within(form).getByRole('alert')).toHaveTextContent(
        'ValidTo can be at most 365 days away.',
      );
      expect(send).not.toHaveBeenCalled();
      expect(store.getState().records).toHaveLength(0);
    });

    it('says what is missing when the steps are taken out of order', async () => {
      const { user, store } = renderPanel('es');
      await user.click(screen.getByRole('button', { name: 'Encapsular material' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Primero descarga la clave pública de encapsulado (paso 2).',
      );
      expect(
        screen.getByRole('button', { name: 'Obtener parámetros (GetParametersForImport)' }),
      ).toBeDisabled();
      expect(store.getState().records).toHaveLength(0);
    });
  },
);
