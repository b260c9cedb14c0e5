import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
type Direction = (typeof DIRECTIONS)[number];
const isDirection = (d: string): d is Direction => (DIRECTIONS as readonly string[]).includes(d);

/** React Flow's own accessible texts (controls, minimap, keyboard help), translated. */
export function useAriaLabelConfig(): AriaLabelConfig {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.a11y.nodeDefault'),
      'node.a11yDescription.keyboardDisabled': t('canvas.a11y.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('canvas.a11y.nodeMoved', {
          direction: isDirection(direction) ? t(`canvas.a11y.direction.${direction}`) : direction,
          x,
          y,
        }),
      'edge.a11yDescription.default': t('canvas.a11y.edgeDefault'),
      'controls.ariaLabel': t('canvas.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.a11y.fitView'),
      'controls.interactive.ariaLabel': t('canvas.a11y.interactive'),
      'minimap.ariaLabel': t('canvas.a11y.minimap'),
      'handle.ariaLabel': t('canvas.a11y.handle'),
    }),
    [t],
  );
}
