import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { queuedCount, shownView, SPEEDS, type Speed } from '../../store';
import { useApp } from '../app/useApp';
import { captionText } from '../format/captionText';
import { useCaptions } from './useCaptions';
import { keyLabel } from '../../graph';
import { operationName } from './cueLabel';
import { PlayerIcon, type PlayerIconName } from './PlayerIcon';
import { useStage } from './useStage';

const CONTROL =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:border-slate-200 aria-disabled:text-slate-500 [.presenting_&]:border-2 [.presenting_&]:border-black [.presenting_&]:px-3 [.presenting_&]:py-2 [.presenting_&]:text-black [.presenting_&]:aria-disabled:border-slate-400 [.presenting_&]:aria-disabled:text-slate-600';

/**
 * What the canvas is showing, in one sentence per step (announced to screen readers as it
 * changes), with the player's controls: replay, step back, play/pause, step forward, skip
 * the queue, speed, motion, and the shortcuts help.
 */
export function NarrationBar() {
  const { t } = useTranslation();
  const stage = useStage();
  const status = useApp((s) => s.playerStatus);
  const queued = useApp(queuedCount);
  const atStart = useApp((s) => s.cursor.item <= 0 && s.cursor.step === 0);
  const speed = useApp((s) => s.speed);
  const reducedMotion = useApp((s) => s.reducedMotion);
  const togglePlay = useApp((s) => s.togglePlay);
  const stepBack = useApp((s) => s.stepBack);
  const stepForward = useApp((s) => s.stepForward);
  const replay = useApp((s) => s.replay);
  const skipToLatest = useApp((s) => s.skipToLatest);
  const setSpeed = useApp((s) => s.setSpeed);
  const setReducedMotion = useApp((s) => s.setReducedMotion);
  const animating = useApp((s) => s.animating);
  const setAnimating = useApp((s) => s.setAnimating);
  const openShortcuts = useApp((s) => s.setShortcutsOpen);

  const presenting = useApp((s) => s.presenting);
  const language = useApp((s) => s.language);
  const speedFormat = new Intl.NumberFormat(language);
  // Keys named as the canvas names them, in the world the canvas draws.
  const view = useApp(shownView);
  const keyName = useCallback(
    (keyId: string) => {
      for (const region of view.regions) {
        const key = region.keys.find((k) => k.keyId === keyId);
        if (key) return keyLabel(key);
      }
      return undefined;
    },
    [view],
  );
  // A CloudHSM HSM named with its Availability Zone, in the world the canvas draws.
  const hsmZone = useCallback(
    (clusterId: string, hsmId: string) => {
      for (const region of view.regions) {
        const cluster = region.cloudHsmClusters?.find((c) => c.clusterId === clusterId);
        if (cluster) return cluster.hsms.find((h) => h.hsmId === hsmId)?.availabilityZone;
      }
      return undefined;
    },
    [view],
  );
  // The captions load right after the first paint (useCaptions): until then, none.
  const captionOf = useCaptions();
  const caption = !stage?.cue
    ? t('player.idle')
    : captionOf
      ? captionText(t, captionOf(stage.record, stage.step, hsmZone), keyName)
      : '';
  const failed = stage?.cue?.ok === false;
  const playing = status === 'playing';
  const empty = !stage;
  const atEnd = queued === 0 && (!stage || stage.step >= stage.timeline.cues.length - 1);

  return (
    <section
      aria-label={t('player.label')}
      className={
        presenting
          ? 'border-t-4 border-black bg-white px-6 py-4'
          : 'border-t border-slate-200 bg-white px-4 py-2.5'
      }
      data-player-status={status}
    >
      <p
        role="status"
        className={`leading-snug ${presenting ? 'min-h-20 text-3xl font-semibold' : 'min-h-6 text-base font-medium'} ${failed ? 'text-red-800' : presenting ? 'text-black' : 'text-slate-900'}`}
      >
        {caption}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <div role="group" aria-label={t('player.controls')} className="flex items-center gap-1">
          <Control icon="replay" label={t('player.replay')} onClick={replay} disabled={empty} />
          <Control
            icon="previous"
            label={t('player.previous')}
            onClick={stepBack}
            disabled={empty || atStart}
          />
          <Control
            icon={playing ? 'pause' : 'play'}
            label={playing ? t('player.pause') : t('player.play')}
            onClick={togglePlay}
            disabled={empty}
          />
          <Control
            icon="next"
            label={t('player.next')}
            onClick={stepForward}
            disabled={empty || atEnd}
          />
          <Control
            icon="skip"
            label={t('player.skip')}
            onClick={skipToLatest}
            disabled={queued === 0}
          />
        </div>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          {t('player.speed')}
          <select
            className="rounded-md border border-slate-400 bg-white px-1.5 py-1 text-sm"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('player.speedValue', { speed: speedFormat.format(s) })}
              </option>
            ))}
          </select>
        </label>
        <Setting label={t('player.animate')} checked={animating} onChange={setAnimating} />
        <Setting
          label={t('player.reducedMotion')}
          checked={reducedMotion}
          onChange={setReducedMotion}
        />
        <p className="text-sm text-slate-600">
          {stage && (
            <span>
              {t('player.position', {
                operation: operationName(t, stage.record),
                step: stage.step + 1,
                total: stage.timeline.cues.length,
              })}
            </span>
          )}
          {queued > 0 && <span> · {t('player.queued', { count: queued })}</span>}
        </p>
        <button
          type="button"
          className={`${CONTROL} ml-auto`}
          aria-label={t('player.help')}
          title={t('player.help')}
          onClick={() => openShortcuts(true)}
        >
          <PlayerIcon name="help" />
        </button>
      </div>
    </section>
  );
}

function Control({
  icon,
  label,
  onClick,
  disabled,
}: {
  icon: PlayerIconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    // aria-disabled, not disabled: a button stepped to its end keeps the keyboard focus.
    <button
      type="button"
      className={CONTROL}
      aria-label={label}
      title={label}
      onClick={() => {
        if (!disabled) onClick();
      }}
      aria-disabled={disabled}
    >
      <PlayerIcon name={icon} />
    </button>
  );
}

/** One of the player's on/off settings. */
function Setting({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
