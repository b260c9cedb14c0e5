import type { TFunction } from 'i18next';
import type { IdentityView } from '../../engine';

type Who = Pick<IdentityView, 'id' | 'kind' | 'name' | 'accountId'>;

/** An identity in words: "Desarrollador", "Key administrator"… */
export const identityWords = (t: TFunction, id: IdentityView['id']): string =>
  t(`principals.identity.${id}`);

/**
 * An identity as the "acting as" list names it: in words, then the role's own name, and the
 * account when it is another one — "Desarrollador (Developer)",
 * "Socio en otra cuenta (PartnerApp, 444455556666)".
 */
export function identityOption(t: TFunction, who: Who, ownAccountId: string): string {
  const label = identityWords(t, who.id);
  if (who.kind === 'root') return t('principals.option.root', { label });
  return who.accountId === ownAccountId
    ? t('principals.option.role', { label, role: who.name })
    : t('principals.option.otherAccount', { label, role: who.name, accountId: who.accountId });
}
