import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMED_VIEWS, type NamedViewId, type ViewOutcome } from '../../store';
import { CARD, HINT, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../side/styles';
import { useApp } from '../app/useApp';
import { KeyTypesTable } from './KeyTypesTable';

const LOCAL_ACTIONS = ['encrypt-data', 'decrypt-data', 'discard-plaintext-key'] as const;
type LocalStep = (typeof LOCAL_ACTIONS)[number];
const isLocalStep = (operation: string): operation is LocalStep =>
  (LOCAL_ACTIONS as readonly string[]).includes(operation);

/** The "Diagrams" tab: the course's diagrams, each to frame on the canvas or to run for real. */
export default function NamedViewsPanel() {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h2 className="text-base font-semibold text-slate-900">{t('views.title')}</h2>
      <p className={HINT}>{t('views.intro')}</p>
      {NAMED_VIEWS.map((view) => (
        <ViewCard key={view.id} id={view.id} region={view.region} />
      ))}
    </div>
  );
}

function ViewCard({ id, region }: { id: NamedViewId; region: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const running = useApp((s) => s.viewRunning);
  const outcome = useApp((s) => s.viewOutcomes[id]);
  const runView = useApp((s) => s.runView);
  const openView = useApp((s) => s.openView);
  const busyId = `${headingId}-busy`;
  const busy = running !== undefined;
  return (
    <section aria-labelledby={headingId} className={CARD}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {t(`views.items.${id}.title`)}
      </h3>
      <dl className="space-y-2 text-sm text-slate-800">
        <div>
          <dt className="text-xs font-medium text-slate-600">{t('views.teaches')}</dt>
          <dd>{t(`views.items.${id}.teaches`)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-600">{t('views.does')}</dt>
          <dd>{t(`views.items.${id}.does`, { region })}</dd>
        </div>
      </dl>
      {id === 'keyTypes' ? <KeyTypesTable region={region} /> : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY_BUTTON}
          disabled={busy}
          aria-describedby={busy && running !== id ? busyId : undefined}
          onClick={() => void runView(id)}
        >
          {t('views.run')}
        </button>
        <button type="button" className={SECONDARY_BUTTON} onClick={() => void openView(id)}>
          {t('views.show')}
        </button>
      </div>
      {busy && running !== id ? (
        <p id={busyId} className={HINT}>
          {t('views.busy')}
        </p>
      ) : null}
      <p role="status" className="text-sm text-slate-800">
        {running === id ? (
          t('views.outcome.running')
        ) : outcome ? (
          <OutcomeText outcome={outcome} />
        ) : null}
      </p>
    </section>
  );
}

function OutcomeText({ outcome }: { outcome: ViewOutcome }) {
  const { t } = useTranslation();
  if (outcome.ok) return t('views.outcome.ok');
  const operation = isLocalStep(outcome.operation)
    ? t(`views.local.${outcome.operation}`)
    : outcome.operation;
  if (!outcome.operation) return t('views.outcome.unexpected', { error: outcome.error });
  if (outcome.error === 'RoundTripMismatch') return t('views.outcome.mismatch', { operation });
  return (
    <>
      {t('views.outcome.failed', { operation, error: outcome.error })}
      {outcome.message ? (
        <span className="block text-xs text-slate-600">{outcome.message}</span>
      ) : null}
    </>
  );
}
