import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cueDuration, timelineFor, type CueTiming } from '../../store';
import { useApp } from '../app/useApp';
import { captionText } from '../format/captionText';
import { useCaptions } from './useCaptions';

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
  // Until the captions arrive (just after the first paint), cues keep their motion time.
  const captionOf = useCaptions();
  useEffect(() => {
    const timing: CueTiming = (record, step) =>
      Math.max(
        cueDuration(timelineFor(record).cues[step]),
        captionOf ? readingMs(captionText(t, captionOf(record, step))) : 0,
      );
    setCueTiming(timing);
  }, [t, setCueTiming, captionOf]);
}
