import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../format/errorKey';
import { ACTION_BUTTON } from '../side/styles';
import type { Unavailable } from './availability';

/**
 * An action on the key. When its state forbids it, the button stays visible but disabled
 * (aria-disabled, so it keeps focus and its reason is read out), with the reason below:
 * KMS's exception name and what it means, or that it would change nothing.
 */
export function ActionButton({
  unavailable,
  onClick,
  children,
  className = ACTION_BUTTON,
  busy = false,
  invalid = false,
}: {
  unavailable: Unavailable | undefined;
  onClick: () => void;
  children: ReactNode;
  className?: string;
  busy?: boolean;
  /** The action's own fields are not valid yet (their message is shown beside them). */
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const off = unavailable !== undefined || busy || invalid;
  return (
    <div className="space-y-1">
      <button
        type="button"
        aria-disabled={off || undefined}
        aria-describedby={unavailable ? id : undefined}
        onClick={off ? undefined : onClick}
        className={className}
      >
        {children}
      </button>
      {unavailable && (
        <p id={id} className="text-xs text-slate-700">
          {unavailable.kind === 'refused'
            ? t('inspector.refused', {
                name: unavailable.name,
                explanation: t(`errors.explain.${errorKey(unavailable.name)}`),
              })
            : t(`inspector.noEffect.${unavailable.reason}`)}
        </p>
      )}
    </div>
  );
}
