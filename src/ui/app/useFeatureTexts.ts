import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFeatureTexts, loadFeatureTexts, type LazyFeature } from '../../i18n/lazyTexts';

/**
 * Whether a lazily loaded feature's texts are there in the language on screen; asks for them
 * when they are not, and re-renders once they arrive.
 */
export function useFeatureTexts(feature: LazyFeature): boolean {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [, setLoaded] = useState(0);
  const ready = hasFeatureTexts(i18n, feature, language);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadFeatureTexts(i18n, feature, language).then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [i18n, feature, language, ready]);
  return ready;
}
