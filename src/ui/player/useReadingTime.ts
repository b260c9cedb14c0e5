import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { captionOf } from '../../graph';
import { cueDuration, timelineFor, type CueTiming } from '../../store';
import { useApp } from '../app/useApp';
import { captionText } from '../format/captionText';
import { useFeatureTexts } from '../app/useFeatureTexts';

/** A glance, then about 5.5 words a second; never shorter than the cue's motion, nor endless. */
const BASE_MS = 600;
const PER_WORD_MS = 180;
const MAX_MS = 3500;

export const readingMs = (text: string): number =>
  Math.min(MAX_MS, BASE_MS + PER_WORD_MS * text.split(/\s+/).filter(Boolean).length);

/**
 * Gives the player a timing that leaves time to read each caption at 1×, in the language
 * on screen: a long sentence stays longer than "CloudTrail records Encrypt".
 */
export function useReadingTime(): void {
  const { t } = useTranslation();
  const setCueTiming = useApp((s) => s.setCueTiming);
  // Until the captions' texts arrive (just after the first paint), cues keep their motion time.
  const captionsReady = useFeatureTexts('narration');
  useEffect(() => {
    const timing: CueTiming = (record, step) =>
      Math.max(
        cueDuration(timelineFor(record).cues[step]),
        captionsReady ? readingMs(captionText(t, captionOf(record, step))) : 0,
      );
    setCueTiming(timing);
  }, [t, setCueTiming, captionsReady]);
}
