import type { TFunction } from 'i18next';
import { REGIONS, type RegionCode } from '../../engine';

const isRegionCode = (code: string): code is RegionCode => Object.hasOwn(REGIONS, code);

/** A Region's display name in the current language ("Europa (Irlanda)"), or its code. */
export const regionName = (t: TFunction, code: string): string =>
  isRegionCode(code) ? t(`regions.${code}`) : code;
