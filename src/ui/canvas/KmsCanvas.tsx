import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type Node,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { WorldNode } from '../../graph';
import { NODE_TYPES } from './nodeTypes';
import { useAriaLabelConfig } from './useAriaLabelConfig';
import { FIT_VIEW_OPTIONS, useFitViewOnChange } from './useFitViewOnChange';
import { useNodeChanges } from './useNodeChanges';
import { useWorldGraph } from './useWorldGraph';

/** The account diagram: the account boundary, its Regions, and their KMS keys. */
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
  key: '#f59e0b',
};
const minimapColor = (node: Node) => MINIMAP_COLOR[node.type ?? ''] ?? '#cbd5e1';

function AccountFlow() {
  const { t } = useTranslation();
  const { nodes, edges } = useWorldGraph();
  const onNodesChange = useNodeChanges();
  const ariaLabelConfig = useAriaLabelConfig();
  useFitViewOnChange(nodes);
  return (
    <ReactFlow<WorldNode>
      aria-label={t('canvas.label')}
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      ariaLabelConfig={ariaLabelConfig}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.2}
      maxZoom={2}
      nodesConnectable={false}
      deleteKeyCode={null}
      colorMode="light"
    >
      <Background gap={24} color="#cbd5e1" />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeColor="#64748b"
        className="max-md:hidden"
      />
    </ReactFlow>
  );
}
