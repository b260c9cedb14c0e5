import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFeatureTexts, loadFeatureTexts, type LazyFeature } from '../../i18n/lazyTexts';

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
  return ready ? children : fallback;
}
