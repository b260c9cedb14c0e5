import type { TFunction } from 'i18next';
import type { EventPrincipal } from '../../store/trailSelectors';

/**
 * Who made a call, in words: the root user, a role's session ("bob (role Developer)"), or the
 * AWS service; another account is named; a service calling for someone comes after "through".
 */
export function whoText(t: TFunction, principal: EventPrincipal, ownAccount: string): string {
  const { who } = principal;
  const other = 'accountId' in who && who.accountId !== ownAccount;
  const name =
    who.kind === 'root'
      ? other
        ? t('trail.who.rootOf', { accountId: who.accountId })
        : t('trail.who.root')
      : who.kind === 'session'
        ? other
          ? t('trail.who.sessionOf', {
              session: who.session,
              role: who.role,
              accountId: who.accountId,
            })
          : t('trail.who.session', { session: who.session, role: who.role })
        : who.kind === 'service'
          ? who.service
          : who.arn;
  return principal.via ? t('trail.who.via', { who: name, service: principal.via }) : name;
}
