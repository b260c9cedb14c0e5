import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset } from '../../store';
import { useApp } from '../app/useApp';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../panel/styles';

/**
 * "Start over?" as a modal <dialog>: the browser keeps focus inside and Escape cancels.
 * Cancel has the focus first, so a stray Enter loses nothing.
 */
export function ConfirmResetDialog({
  preset,
  onClose,
}: {
  preset: Preset | undefined;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const busy = useApp((s) => s.worldBusy);
  const resetWorld = useApp((s) => s.resetWorld);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (preset && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!preset && dialog.open) {
      dialog.close();
    }
  }, [preset]);

  /** Closes the dialog first (the browser hands focus back), then tells the menu. */
  const finish = (done: boolean) => {
    ref.current?.close();
    onClose(done);
  };

  const confirm = async () => {
    if (!preset) return;
    setFailed(false);
    try {
      await resetWorld(preset, {
        appData: t('world.sample.appData'),
        backups: t('world.sample.backups'),
        oldBackups: t('world.sample.oldBackups'),
        logs: t('world.sample.logs'),
      });
      finish(true);
    } catch {
      // The account was emptied but the sample could not be built: say so, stay open.
      setFailed(true);
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) finish(false);
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl border border-slate-300 bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('world.confirm.title')}
      </h2>
      <div id={`${id}-body`} className="mt-2 space-y-2 text-sm text-slate-700">
        <p>{preset === 'sample' ? t('world.confirm.sample') : t('world.confirm.empty')}</p>
        <p>{t('world.confirm.lost')}</p>
      </div>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {t('world.confirm.failed')}
        </p>
      )}
      {busy && (
        <p role="status" className="mt-2 text-sm text-slate-700">
          {t('world.confirm.busy')}
        </p>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <button
          ref={cancelRef}
          type="button"
          disabled={busy}
          onClick={() => finish(false)}
          className={SECONDARY_BUTTON}
        >
          {t('world.confirm.cancel')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void confirm()}
          className={PRIMARY_BUTTON}
        >
          {t('world.confirm.confirm')}
        </button>
      </div>
    </dialog>
  );
}
