import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { SECONDARY_BUTTON } from '../panel/styles';
import { KEY_TEXT, SHORTCUTS } from './shortcuts';

type LooseT = (key: string) => string;

/** The keyboard shortcuts, listed from the same table the key handler reads. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const lookup = t as unknown as LooseT;
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const open = useApp((s) => s.shortcutsOpen);
  const setOpen = useApp((s) => s.setShortcutsOpen);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => setOpen(false)}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-300 p-5 shadow-2xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {t('player.shortcuts.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('player.shortcuts.intro')}</p>
      <table className="mt-3 w-full text-sm">
        <tbody>
          {SHORTCUTS.map(({ action, keys, shown }) => (
            <tr key={action} className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-800">
                {lookup(`player.shortcuts.${action}`)}
              </th>
              <td className="py-1.5 text-right whitespace-nowrap">
                {(shown ? [shown] : keys).map((key) => (
                  <kbd
                    key={key}
                    className="ml-1 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs"
                  >
                    {KEY_TEXT[key] ? lookup(`player.keys.${KEY_TEXT[key]}`) : key}
                  </kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex justify-end">
        <button type="button" className={SECONDARY_BUTTON} onClick={() => setOpen(false)} autoFocus>
          {t('player.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
