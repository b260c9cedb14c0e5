import type { TFunction } from 'i18next';
import { esCore } from '../../i18n/core.es';

type NamedRegion = keyof typeof esCore.regions;

const isNamed = (code: string): code is NamedRegion => Object.hasOwn(esCore.regions, code);

/** A Region's display name in the current language ("Europa (Irlanda)"), or its code. */
export const regionName = (t: TFunction, code: string): string =>
  isNamed(code) ? t(`regions.${code}`) : code;

/** A Region as pickers and lists show it: "eu-west-1 · Europa (Irlanda)". */
export const regionLabel = (t: TFunction, code: string): string =>
  `${code} · ${regionName(t, code)}`;
