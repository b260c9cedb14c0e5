import { useEffect, useState } from 'react';
import type { Caption, HsmZone, PlayableRecord } from '../../graph';
import { useFeatureTexts } from '../app/useFeatureTexts';

/** What a record's step says (graph/narration.ts's captionOf). */
export type CaptionOf = (record: PlayableRecord, step: number, hsmZone?: HsmZone) => Caption;

let loaded: CaptionOf | undefined;
let loading: Promise<CaptionOf> | undefined;
const loadCaptionOf = (): Promise<CaptionOf> =>
  (loading ??= import('../../graph/narration').then((m) => (loaded = m.captionOf)));

/**
 * The player's captions: the narration (graph/narration.ts) and its texts are needed once
 * something plays, never for the first paint, so both load just after it. Undefined until
 * they are there (a fraction of a second after the app starts).
 */
export function useCaptions(): CaptionOf | undefined {
  const textsReady = useFeatureTexts('narration');
  const [captionOf, setCaptionOf] = useState<CaptionOf | undefined>(() => loaded);
  useEffect(() => {
    if (captionOf) return;
    let live = true;
    void loadCaptionOf().then((f) => {
      if (live) setCaptionOf(() => f);
    });
    return () => {
      live = false;
    };
  }, [captionOf]);
  return textsReady ? captionOf : undefined;
}
