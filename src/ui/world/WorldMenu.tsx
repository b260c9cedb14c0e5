import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, type Preset } from '../../store';
import { useApp } from '../app/useApp';
import { useOnceTrue } from '../app/useOnceTrue';
import { SECONDARY_BUTTON } from '../panel/styles';
import { SaveState } from './SaveState';
import { usePopover } from './usePopover';

// Rarely needed, so fetched on first use.
const ConfirmResetDialog = lazy(() =>
  import('./ConfirmResetDialog').then((m) => ({ default: m.ConfirmResetDialog })),
);
const UnreadableCopies = lazy(() =>
  import('./UnreadableCopies').then((m) => ({ default: m.UnreadableCopies })),
);

/** World actions in the header: where it is saved, start over from a preset, unreadable copies. */
export function WorldMenu() {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<Preset | undefined>();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = usePopover(open, setOpen, rootRef, toggleRef);
  const busy = useApp((s) => s.worldBusy);
  const resetWanted = useOnceTrue(confirming !== undefined);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        className={`${SECONDARY_BUTTON} aria-expanded:bg-slate-100`}
      >
        {t('world.toggle')}
      </button>
      {open && (
        <section
          id={`${id}-panel`}
          aria-labelledby={`${id}-title`}
          className="z-50 max-sm:fixed max-sm:inset-x-4 max-sm:top-4 sm:absolute sm:top-full sm:right-0 sm:mt-2 sm:w-[min(24rem,calc(100vw-2rem))] space-y-4 rounded-xl border border-slate-300 bg-white p-4 text-left shadow-xl"
        >
          <div className="flex items-start justify-between gap-2">
            <h2 id={`${id}-title`} className="text-base font-semibold">
              {t('world.title')}
            </h2>
            <button type="button" onClick={close} className={SECONDARY_BUTTON}>
              {t('world.close')}
            </button>
          </div>
          <SaveState />
          <div className="space-y-2">
            <h3 className="text-sm font-semibold">{t('world.start.title')}</h3>
            <ul className="space-y-2">
              {PRESETS.map((preset) => (
                <li key={preset}>
                  <button
                    type="button"
                    disabled={busy}
                    aria-describedby={`${id}-${preset}-hint`}
                    onClick={() => setConfirming(preset)}
                    className={SECONDARY_BUTTON}
                  >
                    {t(`world.start.${preset}`)}
                  </button>
                  <p id={`${id}-${preset}-hint`} className="mt-1 text-xs text-slate-600">
                    {t(`world.start.${preset}Hint`)}
                  </p>
                </li>
              ))}
            </ul>
          </div>
          <Suspense fallback={null}>
            <UnreadableCopies />
          </Suspense>
        </section>
      )}
      {resetWanted && (
        <Suspense fallback={null}>
          <ConfirmResetDialog
            preset={confirming}
            onClose={(done) => {
              setConfirming(undefined);
              if (done) close();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
