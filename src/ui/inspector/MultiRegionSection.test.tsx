import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { Inspector } from './Inspector';

async function inspectMultiRegionKey(language: Language) {
  const store: AppStore = createAppStore();
  const created = await store.getState().call('CreateKey', { MultiRegion: true }, 'us-east-1');
  const keyId = created.output?.KeyMetadata?.KeyId ?? '';
  store.getState().inspectKey({ region: 'us-east-1', keyId });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<Inspector />, { wrapper });
  return { store, keyId, user: userEvent.setup() };
}

const holders = (store: AppStore, keyId: string) =>
  store
    .getState()
    .view.regions.filter((r) => r.keys.some((k) => k.keyId === keyId))
    .map((r) => r.code);

describe('MultiRegionSection', () => {
  it('replicates the primary into the Region chosen (Spanish)', async () => {
    const { store, keyId, user } = await inspectMultiRegionKey('es');
    const section = await screen.findByRole('region', { name: 'Clave multirregión' });
    expect(within(section).getByText('Primaria')).toBeVisible();
    await user.selectOptions(
      within(section).getByLabelText('Región de la nueva réplica'),
      'ap-south-1',
    );
    await user.click(
      within(section).getByRole('button', { name: 'Replicar en ap-south-1 (ReplicateKey)' }),
    );
    await within(section).findByText(/ap-south-1 · /);
    expect(holders(store, keyId).sort()).toEqual(['ap-south-1', 'us-east-1']);
  });

  it('promotes a replica to primary (English)', async () => {
    const { store, keyId, user } = await inspectMultiRegionKey('en');
    await store
      .getState()
      .call('ReplicateKey', { KeyId: keyId, ReplicaRegion: 'eu-west-1' }, 'us-east-1');
    store.getState().inspectKey({ region: 'eu-west-1', keyId });
    const section = await screen.findByRole('region', { name: 'Multi-Region key' });
    expect(await within(section).findByText('Replica')).toBeVisible();
    await user.click(
      within(section).getByRole('button', {
        name: 'Promote this replica to primary (UpdatePrimaryRegion)',
      }),
    );
    expect(await within(section).findByText('Primary')).toBeVisible();
    const roles = store
      .getState()
      .view.regions.flatMap((r) => r.keys.filter((k) => k.keyId === keyId))
      .map((k) => [k.region, k.multiRegionRole]);
    expect(roles).toEqual([
      ['us-east-1', 'REPLICA'],
      ['eu-west-1', 'PRIMARY'],
    ]);
  });
});
