import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { usePopover } from '../world/usePopover';
import { formatDate } from '../format/dates';
import { TimeAnnouncer } from './TimeAnnouncer';

// Opened on demand, so fetched on first use.
const TimePanel = lazy(() => import('./TimePanel').then((m) => ({ default: m.TimePanel })));

/** The simulated clock in the header: the date, always visible, and a panel to move it. */
export function TimeBar() {
  const { t } = useTranslation();
  const id = useId();
  const now = useApp((s) => s.view.now);
  const language = useApp((s) => s.language);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = usePopover(open, setOpen, rootRef, toggleRef);

  return (
    <div
      ref={rootRef}
      role="group"
      aria-labelledby={`${id}-title`}
      className="relative flex items-center gap-2"
    >
      <div className="text-right text-sm leading-tight">
        <span id={`${id}-title`} className="block text-xs text-slate-600">
          {t('time.title')}
        </span>
        <time dateTime={new Date(now).toISOString()} className="font-medium tabular-nums">
          {formatDate(language, now)}
        </time>
      </div>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-expanded:bg-slate-100"
      >
        <ClockIcon /> {t('time.toggle')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <TimePanel id={`${id}-panel`} onClose={close} />
        </Suspense>
      )}
      <TimeAnnouncer />
    </div>
  );
}

function ClockIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="mr-1 inline size-4 align-[-3px]"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}
