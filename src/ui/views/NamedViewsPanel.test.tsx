import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, NAMED_VIEWS, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import NamedViewsPanel from './NamedViewsPanel';

function renderPanel(language: Language, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<NamedViewsPanel />, { wrapper });
  return { store, user: userEvent.setup() };
}

describe('NamedViewsPanel', () => {
  it('lists each view with what it teaches, and runs one (Spanish)', async () => {
    const { store, user } = renderPanel('es');
    const card = screen.getByRole('region', { name: 'Clave simétrica' });
    expect(card).toHaveTextContent('el material de clave nunca sale de KMS');
    expect(card).toHaveTextContent('En us-east-1: crea la clave alias/kmslab-symmetric si falta');
    expect(screen.getAllByRole('button', { name: 'Ejecutar' })).toHaveLength(NAMED_VIEWS.length);
    await user.click(within(card).getByRole('button', { name: 'Ejecutar' }));
    expect(
      await within(card).findByText('Última ejecución: todo bien.', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(store.getState().records.map((r) => r.operation)).toEqual([
      'CreateKey',
      'CreateAlias',
      'Encrypt',
      'Decrypt',
    ]);
  });

  it('disables every "Run it" while a run is in progress, and says why', async () => {
    const { store } = renderPanel('en');
    let run: Promise<unknown> = Promise.resolve();
    act(() => {
      run = store.getState().runView('rotation');
    });
    for (const button of screen.getAllByRole('button', { name: 'Run it' })) {
      expect(button).toBeDisabled();
    }
    const rotation = screen.getByRole('region', { name: 'Key rotation' });
    expect(within(rotation).getByRole('status')).toHaveTextContent('Running');
    const symmetric = screen.getByRole('region', { name: 'Symmetric key' });
    expect(within(symmetric).getByRole('button', { name: 'Run it' })).toHaveAccessibleDescription(
      'Another diagram is running: wait for it to finish.',
    );
    await act(() => run);
    for (const button of screen.getAllByRole('button', { name: 'Run it' })) {
      expect(button).toBeEnabled();
    }
    expect(within(rotation).getByRole('status')).toHaveTextContent('Last run: all good.');
  });

  it('shows where a run stopped and the AWS error', async () => {
    const store = createAppStore();
    await store.getState().runView('symmetric');
    const keyId = store.getState().view.regions.find((r) => r.code === 'us-east-1')?.keys[0]?.keyId;
    await store.getState().call('DisableKey', { KeyId: keyId ?? '' }, 'us-east-1');
    const { user } = renderPanel('en', store);
    const card = screen.getByRole('region', { name: 'Symmetric key' });
    await user.click(within(card).getByRole('button', { name: 'Run it' }));
    expect(
      await within(card).findByText('Last run: Encrypt failed with DisabledException.'),
    ).toBeVisible();
  });

  it('"Show" selects the view\'s Region and frames its nodes, without any call', async () => {
    const { store, user } = renderPanel('en');
    const card = screen.getByRole('region', { name: 'Envelope encryption' });
    await user.click(within(card).getByRole('button', { name: 'Show' }));
    expect(store.getState().selectedRegion).toBe('eu-west-1');
    // The frame comes once the view's code has loaded.
    await waitFor(() =>
      expect(store.getState().focusRequest?.nodeIds).toContain('service:eu-west-1:kms'),
    );
    expect(store.getState().records).toEqual([]);
  });

  it('shows the key types table and fills its live column as the diagram runs (English)', async () => {
    const { user } = renderPanel('en');
    const card = screen.getByRole('region', {
      name: 'Key types: customer managed, AWS managed, AWS owned',
    });
    const table = within(card).getByRole('table', { name: /Key types/ });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('AWS owned')).toHaveTextContent('0 objects protected, no key visible');
    expect(row('AWS managed')).toHaveTextContent('Mandatory, every year');
    await user.click(within(card).getByRole('button', { name: 'Run it' }));
    expect(
      await within(card).findByText('Last run: all good.', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(row('Customer managed')).toHaveTextContent('1 key');
    expect(row('AWS managed')).toHaveTextContent('1 key');
    expect(row('AWS owned')).toHaveTextContent('1 object protected, no key visible');
  });
});
