import type { ReactNode } from 'react';
import type { LazyFeature } from '../../i18n/lazyTexts';
import { useFeatureTexts } from './useFeatureTexts';

/**
 * Renders `children` once a side panel section's texts are loaded in the language on screen
 * (they load with the section, not with the first paint); `fallback` until then.
 */
export function WithTexts({
  feature,
  fallback,
  children,
}: {
  feature: LazyFeature;
  fallback: ReactNode;
  children: ReactNode;
}) {
  return useFeatureTexts(feature) ? children : fallback;
}
