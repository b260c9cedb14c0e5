import { useMemo } from 'react';
import { onStage } from '../../store';
import { useApp } from '../app/useApp';

/** The record on stage, its timeline and the cue the player shows now (undefined when empty). */
export function useStage() {
  const playlist = useApp((s) => s.playlist);
  const cursor = useApp((s) => s.cursor);
  return useMemo(() => onStage({ playlist, cursor }), [playlist, cursor]);
}
