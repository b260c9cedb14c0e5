import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { identityArn, worldGraph, type WorldGraph } from '../../graph';
import { shownView } from '../../store';
import { useApp } from '../app/useApp';
import { nodeDescriber } from './describeNode';
import { useBenchView } from './useBenchView';

/** The canvas's nodes and edges: derived from the store, named in the current language. */
export function useWorldGraph(): WorldGraph {
  // The world around the cue on stage (the live one when the player rests).
  const storeView = useApp(shownView);
  const benchView = useBenchView();
  const view = benchView ?? storeView;
  const selectedRegion = useApp((s) => s.selectedRegion);
  const positions = useApp((s) => s.positions);
  const regionVisibility = useApp((s) => s.regionVisibility);
  const selectedNodeIds = useApp((s) => s.selectedNodeIds);
  const actingAs = useApp((s) => s.actingAs);
  const { t } = useTranslation();
  return useMemo(() => {
    const callerArn = identityArn(view, actingAs);
    const graph = worldGraph({
      view,
      selectedRegion,
      positions,
      regionVisibility,
      selectedNodeIds,
      ...(callerArn ? { callerArn } : {}),
    });
    const describe = nodeDescriber(t);
    return {
      nodes: graph.nodes.map((node) => ({ ...node, ariaLabel: describe(node) })),
      edges: graph.edges,
    };
  }, [view, selectedRegion, positions, regionVisibility, selectedNodeIds, actingAs, t]);
}
