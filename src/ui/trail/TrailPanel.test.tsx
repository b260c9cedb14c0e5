import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n';
import { createAppStore, type AppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import TrailPanel, { TRAIL_PAGE } from './TrailPanel';

function renderPanel(language: Language, store: AppStore) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  render(<TrailPanel />, { wrapper });
  return userEvent.setup();
}

/** The root user creates a key and encrypts; the Developer's Encrypt is refused. */
async function world() {
  const store = createAppStore();
  const created = await store.getState().call('CreateKey', {}, 'us-east-1');
  const keyId = created.output?.KeyMetadata?.KeyId ?? '';
  const plaintext = new Uint8Array([1, 2, 3]);
  await store.getState().call('Encrypt', { KeyId: keyId, Plaintext: plaintext }, 'us-east-1');
  store.getState().actAs('developer');
  const refused = await store
    .getState()
    .call('Encrypt', { KeyId: keyId, Plaintext: plaintext }, 'us-east-1');
  expect(refused.error?.name).toBe('AccessDeniedException');
  return { store, keyId };
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('the CloudTrail panel', () => {
  it('lists every event newest first; filtering by the Developer shows the refused Encrypt (Spanish)', async () => {
    const { store } = await world();
    const user = renderPanel('es', store);
    expect(
      screen.getByRole('heading', { name: 'Registro de auditoría (CloudTrail)' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('3 de 3 eventos');
    expect(rows().map((r) => within(r).getAllByRole('button')[0]?.textContent)).toEqual([
      expect.stringContaining('Encrypt'),
      expect.stringContaining('Encrypt'),
      expect.stringContaining('CreateKey'),
    ]);

    const principal = screen.getByRole('combobox', { name: 'Entidad principal' });
    expect(
      within(principal)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Todas', 'bob (rol Developer)', 'Usuario raíz']);
    await user.selectOptions(principal, 'bob (rol Developer)');
    expect(screen.getByRole('status')).toHaveTextContent('1 de 3 eventos');
    const [row] = rows();
    expect(row).toHaveTextContent('Encrypt');
    expect(row).toHaveTextContent('bob (rol Developer)');
    expect(row).toHaveTextContent('us-east-1');
    expect(row).toHaveTextContent('Error: AccessDeniedException');

    // Combined with "successes only": nothing left; "clear filters" brings everything back.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resultado' }), 'Solo correctos');
    expect(screen.getByRole('status')).toHaveTextContent('0 de 3 eventos');
    expect(screen.getByText('Ningún evento coincide con los filtros.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 de 3 eventos');
    expect(principal).toHaveValue('');
  });

  it('filters by key, event name, outcome and Region (English)', async () => {
    const { store, keyId } = await world();
    store.getState().actAs('root');
    await store.getState().call('ListKeys', {}, 'eu-west-1');
    const user = renderPanel('en', store);
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 events');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'KMS key' }),
      `${keyId.slice(0, 8)}… · us-east-1`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 of 4 events');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Event' }), 'Encrypt');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 4 events');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Errors only');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 4 events');
    expect(rows()[0]).toHaveTextContent('Error: AccessDeniedException');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Region' }),
      'eu-west-1 · Europe (Ireland)',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 of 4 events');
    expect(rows()[0]).toHaveTextContent('ListKeys');
    expect(rows()[0]).toHaveTextContent('Root user');
    expect(rows()[0]).toHaveTextContent('none');
    expect(rows()[0]).toHaveTextContent('Success');
  });

  it("expands a row to its event JSON, exactly the engine's, read-only and copyable (English)", async () => {
    const { store } = await world();
    const user = renderPanel('en', store);
    const [row] = rows();
    const disclosure = within(row as HTMLElement).getByRole('button', { name: /Encrypt/ });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const json = within(row as HTMLElement).getByRole('textbox', {
      name: 'JSON of the Encrypt event',
    });
    expect(json).toHaveAttribute('readonly');
    const event = store.getState().kms.cloudTrail.at(-1);
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual(event);
    expect((json as HTMLTextAreaElement).value).toContain(
      '"arn": "arn:aws:sts::111122223333:assumed-role/Developer/bob"',
    );
    expect(within(row as HTMLElement).getByRole('button', { name: 'Copy JSON' })).toBeVisible();
    await user.click(disclosure);
    expect(within(row as HTMLElement).queryByRole('textbox')).toBeNull();
  });

  it("shows a service event, the console's reads, and a new call as it happens (Spanish)", async () => {
    const { store, keyId } = await world();
    store.getState().actAs('root');
    await store.getState().call('DescribeKey', { KeyId: keyId }, 'us-east-1', { background: true });
    await store
      .getState()
      .call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, 'us-east-1');
    renderPanel('es', store);
    expect(rows()[1]).toHaveTextContent('lectura de la consola');
    await store.getState().kms.clock.advance(8 * 24 * 3600_000);
    await screen.findByText('6 de 6 eventos');
    const [deleted] = rows();
    expect(deleted).toHaveTextContent('DeleteKey');
    expect(deleted).toHaveTextContent('AWS Internal');
    expect(deleted).toHaveTextContent('evento del servicio');
    expect(screen.getByRole('status')).toHaveTextContent('6 de 6 eventos');
  });

  it('keeps a chosen filter shown after a reset empties the trail (English)', async () => {
    const { store } = await world();
    const user = renderPanel('en', store);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Event' }), 'CreateKey');
    await act(() => store.getState().resetWorld('empty'));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 0 events');
    expect(screen.getByText('No events yet: make a KMS call and it will show here.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Event' })).toHaveDisplayValue('CreateKey');
  });

  it(
    `draws the newest ${TRAIL_PAGE} matching rows, then "show more"`,
    { timeout: 30_000 },
    async () => {
      const store = createAppStore();
      for (let i = 0; i < TRAIL_PAGE + 5; i++)
        await store.getState().call('ListKeys', {}, 'us-east-1');
      const user = renderPanel('en', store);
      // Counted by tag: role queries over hundreds of rows are slow in jsdom.
      const drawn = () => screen.getByRole('list').querySelectorAll('li').length;
      expect(drawn()).toBe(TRAIL_PAGE);
      expect(screen.getByText(`Showing the newest ${TRAIL_PAGE}.`)).toBeVisible();
      await user.click(screen.getByText('Show 5 more'));
      expect(drawn()).toBe(TRAIL_PAGE + 5);
      expect(screen.queryByText(/Show \d+ more/)).toBeNull();
    },
  );
});
