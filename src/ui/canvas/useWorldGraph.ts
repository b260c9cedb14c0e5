import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  identityArn,
  stagedService,
  worldGraph,
  type PlayableRecord,
  type WorldGraph,
} from '../../graph';
import { shownView } from '../../store';
import { useApp } from '../app/useApp';
import { nodeDescriber } from './describeNode';
import { nameEdge } from './multiRegionEdge';
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
  // The AWS service the record on stage involves is drawn even before it keeps anything.
  // Selected as plain values, so records that change nothing here do not redraw the graph.
  const stagedRegion = useApp((s) => stagedOf(s)?.region);
  const stagedName = useApp((s) => stagedOf(s)?.service);
  const stagedAwsOwned = useApp((s) => stagedOf(s)?.awsOwned ?? false);
  const { t } = useTranslation();
  return useMemo(() => {
    const staged =
      stagedRegion && stagedName
        ? { region: stagedRegion, service: stagedName, awsOwned: stagedAwsOwned }
        : undefined;
    const callerArn = identityArn(view, actingAs);
    const graph = worldGraph({
      view,
      selectedRegion,
      positions,
      regionVisibility,
      selectedNodeIds,
      ...(callerArn ? { callerArn } : {}),
      ...(staged ? { staged } : {}),
    });
    const describe = nodeDescriber(t);
    return {
      nodes: graph.nodes.map((node) => ({ ...node, ariaLabel: describe(node) })),
      edges: graph.edges.map((edge) => nameEdge(edge, t)),
    };
  }, [
    view,
    selectedRegion,
    positions,
    regionVisibility,
    selectedNodeIds,
    actingAs,
    stagedRegion,
    stagedName,
    stagedAwsOwned,
    t,
  ]);
}

/** The service of the record on stage (the player's cursor), if it involves one. */
const stagedOf = (s: { playlist: readonly PlayableRecord[]; cursor: { item: number } }) =>
  stagedService(s.playlist[s.cursor.item]);
