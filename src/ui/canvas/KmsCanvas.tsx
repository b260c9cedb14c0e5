import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type Node,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { WorldNode } from '../../graph';
import { CueLayer } from '../player/CueLayer';
import { NODE_TYPES } from './nodeTypes';
import { RegionToggles } from './RegionToggles';
import { useAriaLabelConfig } from './useAriaLabelConfig';
import { FIT_VIEW_OPTIONS, useFitViewOnChange } from './useFitViewOnChange';
import { useFlowNodes } from './useFlowNodes';
import { useFocusRequest } from './useFocusRequest';
import { useWorldGraph } from './useWorldGraph';

/** The account diagram: who calls KMS, the account boundary, its Regions and their keys. */
export function KmsCanvas() {
  return (
    <ReactFlowProvider>
      <AccountFlow />
    </ReactFlowProvider>
  );
}

const MINIMAP_COLOR: Record<string, string> = {
  account: 'transparent',
  region: '#e0e7ff',
  service: '#a5b4fc',
  awsService: '#fdba74',
  awsOwnedKey: '#1e293b',
  key: '#f59e0b',
  principal: '#10b981',
  outside: '#94a3b8',
};
const minimapColor = (node: Node) => MINIMAP_COLOR[node.type ?? ''] ?? '#cbd5e1';

/** Above this many nodes, only those in view are rendered (all of them stay in the model). */
const RENDER_VISIBLE_ONLY_OVER = 300;

function AccountFlow() {
  const { t } = useTranslation();
  const graph = useWorldGraph();
  const { nodes, onNodesChange } = useFlowNodes(graph.nodes);
  const ariaLabelConfig = useAriaLabelConfig();
  useFitViewOnChange(graph.nodes);
  useFocusRequest();
  return (
    <ReactFlow<WorldNode>
      aria-label={t('canvas.label')}
      nodes={nodes}
      edges={graph.edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      ariaLabelConfig={ariaLabelConfig}
      onlyRenderVisibleElements={nodes.length > RENDER_VISIBLE_ONLY_OVER}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.05}
      maxZoom={2}
      nodesConnectable={false}
      deleteKeyCode={null}
      // Space plays and pauses the player (dragging the background pans without it).
      panActivationKeyCode={null}
      colorMode="light"
    >
      <Background gap={24} color="#cbd5e1" />
      <CueLayer />
      <Panel position="top-left">
        <RegionToggles />
      </Panel>
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeColor="#64748b"
        className="max-md:hidden [.presenting_&]:hidden"
      />
    </ReactFlow>
  );
}
