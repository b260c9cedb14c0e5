import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NodeProps } from '@xyflow/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { identityArn, worldGraph, type PrincipalNode } from '../../graph';
import { createI18n, type Language } from '../../i18n';
import { createAppStore } from '../../store';
import { StoreProvider } from '../app/StoreProvider';
import { describeNode } from './describeNode';
import { PrincipalNodeView } from './PrincipalNodeView';

const view = createKms().view();
const principals = worldGraph({
  view,
  selectedRegion: 'us-east-1',
  callerArn: identityArn(view, 'developer'),
}).nodes.filter((n): n is PrincipalNode => n.type === 'principal');
const nodeOf = (id: string) => {
  const node = principals.find((n) => n.data.identity === id);
  if (!node) throw new Error(`no node for ${id}`);
  return node;
};

function renderNode(node: PrincipalNode, language: Language) {
  const store = createAppStore();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  const props = { data: node.data, selected: false } as NodeProps<PrincipalNode>;
  render(<PrincipalNodeView {...props} />, { wrapper });
  return { store, user: userEvent.setup() };
}

describe('a principal node', () => {
  it('says in words which identity is acted as (Spanish)', () => {
    renderNode(nodeOf('developer'), 'es');
    expect(screen.getByText('actuando')).toBeVisible();
    expect(screen.getByText('Desarrollador')).toBeVisible();
    expect(screen.getByText('Rol de IAM Developer')).toBeVisible();
    expect(screen.getByText('sesión bob')).toBeVisible();
    const { t } = createI18n('es');
    expect(describeNode(nodeOf('developer'), t)).toBe(
      'Desarrollador: Rol de IAM Developer, actuando',
    );
    expect(describeNode(nodeOf('root'), t)).toBe('Usuario raíz de la cuenta 111122223333');
  });

  it('has no "acting" tag on the others, and opens their IAM policies (English)', async () => {
    const { store, user } = renderNode(nodeOf('partner'), 'en');
    expect(screen.queryByText('acting')).toBeNull();
    expect(screen.getByText('Partner in another account')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'IAM policies of Partner in another account' }),
    );
    expect(store.getState().shownIdentity).toBe('partner');
    const { t } = createI18n('en');
    expect(describeNode(nodeOf('partner'), t)).toBe(
      'Partner in another account: IAM role PartnerApp',
    );
  });
});
