import { useInternalNode, ViewportPortal, type InternalNode } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaptions } from './useCaptions';
import type { Cue, PlayableRecord, Point, Rect } from '../../graph';
import { cueDuration } from '../../store';
import { useApp } from '../app/useApp';
import { cueLabel } from './cueLabel';
import { travelPath, travelPoints } from './cueGeometry';
import { useReducedMotion } from './useReducedMotion';
import { useStage } from './useStage';

/**
 * The cue on stage, drawn over the canvas in its own coordinates (so it pans and zooms with
 * the nodes): a labelled token travelling along a path between two nodes, or a ring around
 * the node where something happens. Decorative for assistive technology: the narration bar
 * says the same in words.
 */
export function CueLayer() {
  const stage = useStage();
  // At rest after the last cue, the canvas is left clear (the narration keeps the last line).
  const resting = useApp((s) => s.playerStatus === 'idle');
  if (!stage?.cue || resting) return null;
  const { record, cue } = stage;
  return (
    <ViewportPortal>
      <div aria-hidden="true" className="pointer-events-none">
        {cue.kind === 'travel' ? (
          <TravelCue key={`${record.id}:${cue.step}`} record={record} cue={cue} />
        ) : (
          <HighlightCue key={`${record.id}:${cue.step}`} record={record} cue={cue} />
        )}
      </div>
    </ViewportPortal>
  );
}

/** Colours by what the cue carries: requests, answers, errors, keys, audit, local work. */
const TONE: Record<string, { stroke: string; chip: string }> = {
  request: { stroke: '#4338ca', chip: 'bg-indigo-700 text-white' },
  response: { stroke: '#047857', chip: 'bg-emerald-700 text-white' },
  error: { stroke: '#b91c1c', chip: 'bg-red-700 text-white' },
  'data-key': { stroke: '#b45309', chip: 'bg-amber-600 text-white' },
  audit: { stroke: '#0f766e', chip: 'bg-teal-700 text-white' },
  local: { stroke: '#6d28d9', chip: 'bg-violet-700 text-white' },
  other: { stroke: '#4338ca', chip: 'bg-indigo-700 text-white' },
};
const LOCAL = new Set(['encrypt-data', 'decrypt-data', 'discard-plaintext-key']);
const toneOf = (cue: Cue) =>
  !cue.ok ? TONE.error! : (TONE[cue.what] ?? (LOCAL.has(cue.what) ? TONE.local! : TONE.other!));

/** The token centred on a point of its path. */
const at = (p: Point) => ({ transform: `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)` });

function boxOf(node: InternalNode | undefined): Rect | undefined {
  if (!node) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/**
 * Runs a cue's Web Animation in step with the player: at its speed, and frozen when the
 * learner pauses mid-cue. A cue reached by stepping while paused still plays through once,
 * so stepping shows the motion too.
 */
function usePlayerAnimation(start: () => Animation | undefined) {
  const speed = useApp((s) => s.speed);
  const status = useApp((s) => s.playerStatus);
  const animation = useRef<Animation | undefined>(undefined);
  const startRef = useRef(start);
  const previousStatus = useRef(status);
  useLayoutEffect(() => {
    animation.current = startRef.current();
    return () => animation.current?.cancel();
  }, []);
  useLayoutEffect(() => {
    if (animation.current) animation.current.playbackRate = speed;
  }, [speed]);
  useLayoutEffect(() => {
    const a = animation.current;
    if (a && previousStatus.current === 'playing' && status === 'paused') a.pause();
    else if (a && status === 'playing' && a.playState === 'paused') a.play();
    previousStatus.current = status;
  }, [status]);
}

function TravelCue({
  record,
  cue,
}: {
  record: PlayableRecord;
  cue: Extract<Cue, { kind: 'travel' }>;
}) {
  const { t } = useTranslation();
  const captionOf = useCaptions();
  const reduced = useReducedMotion();
  const from = boxOf(useInternalNode(cue.from));
  const to = boxOf(useInternalNode(cue.to));
  const token = useRef<HTMLDivElement>(null);
  const path = from && to ? travelPath(from, to) : undefined;
  const points = from && to ? travelPoints(from, to) : [];
  usePlayerAnimation(() =>
    reduced || !token.current || points.length === 0
      ? undefined
      : token.current.animate(points.map(at), {
          duration: cueDuration(cue),
          easing: 'ease-in-out',
          fill: 'forwards',
        }),
  );
  const end = points.at(-1);
  if (!path || !end) return null;
  const tone = toneOf(cue);
  return (
    <div
      data-testid="cue"
      data-cue-what={cue.what}
      data-cue-step={cue.step}
      data-cue-from={cue.from}
      data-cue-to={cue.to}
      data-cue-motion={reduced ? 'none' : 'travel'}
      data-cue-ok={cue.ok}
    >
      <svg className="absolute top-0 left-0 overflow-visible" width="1" height="1">
        <path d={path} fill="none" stroke={tone.stroke} strokeWidth={3} strokeOpacity={0.45} />
      </svg>
      <div
        ref={token}
        className={`absolute top-0 left-0 rounded-full px-2.5 py-1 text-xs font-semibold whitespace-nowrap shadow-lg ${tone.chip}`}
        style={at(reduced ? end : (points[0] ?? end))}
      >
        {captionOf ? cueLabel(t, record, cue, captionOf) : ''}
      </div>
    </div>
  );
}

function HighlightCue({
  record,
  cue,
}: {
  record: PlayableRecord;
  cue: Extract<Cue, { kind: 'highlight' }>;
}) {
  const { t } = useTranslation();
  const captionOf = useCaptions();
  const reduced = useReducedMotion();
  const box = boxOf(useInternalNode(cue.at));
  const ring = useRef<HTMLDivElement>(null);
  usePlayerAnimation(() =>
    reduced || !ring.current
      ? undefined
      : ring.current.animate(
          [
            { opacity: 0, transform: 'scale(1.08)' },
            { opacity: 1, transform: 'scale(1)', offset: 0.35 },
            { opacity: 1, transform: 'scale(1)' },
          ],
          { duration: cueDuration(cue), easing: 'ease-out', fill: 'forwards' },
        ),
  );
  if (!box) return null;
  const tone = toneOf(cue);
  const margin = 6;
  return (
    <div
      ref={ring}
      data-testid="cue"
      data-cue-what={cue.what}
      data-cue-step={cue.step}
      data-cue-at={cue.at}
      data-cue-motion={reduced ? 'none' : 'highlight'}
      data-cue-ok={cue.ok}
      className="absolute rounded-2xl border-4"
      style={{
        left: box.x - margin,
        top: box.y - margin,
        width: box.width + 2 * margin,
        height: box.height + 2 * margin,
        borderColor: tone.stroke,
      }}
    >
      <span
        className={`absolute -top-3.5 right-3 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap shadow ${tone.chip}`}
      >
        {captionOf ? cueLabel(t, record, cue, captionOf) : ''}
      </span>
    </div>
  );
}
