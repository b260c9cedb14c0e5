import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyGlyph } from '../icons/KeyGlyph';
import { MULTI_REGION_HANDLES, type KeyNode, type KeyNodeData } from '../../graph';
import { sameNodeView } from './sameNodeView';
import { KeyStateBadge } from './KeyStateBadge';
import { useZoomedOut } from './useZoomedOut';

/** Icon colours by key manager; the manager is also written out (colour is never the only cue). */
const ICON: Record<KeyNodeData['keyManager'], string> = {
  CUSTOMER: 'bg-amber-100 text-amber-800',
  AWS: 'bg-sky-100 text-sky-800',
};

/**
 * A KMS key: its alias or short id, its state in words, its spec and who manages it.
 * Zoomed far out (a world of hundreds of keys), it draws just its frame, icon and label:
 * the small print is unreadable there, and a thousand light nodes render and drag far
 * faster. Its accessible name (label and state) is the same either way.
 */
export const KeyNodeView = memo(function KeyNodeView(props: NodeProps<KeyNode>) {
  const key = useZoomedOut() ? <CompactKey {...props} /> : <DetailedKey {...props} />;
  return props.data.multiRegionRole ? (
    <>
      {key}
      <RelatedKeyHandles />
    </>
  ) : (
    key
  );
}, sameNodeView);

/**
 * Where the edges between related keys (a multi-Region key's primary and replicas) meet the
 * node: invisible, never connectable. Only related keys draw them, so other keys cost nothing.
 */
function RelatedKeyHandles() {
  const hidden = { opacity: 0, pointerEvents: 'none' } as const;
  return (
    <>
      <Handle
        type="source"
        id={MULTI_REGION_HANDLES.sourceRight}
        position={Position.Right}
        isConnectable={false}
        style={hidden}
      />
      <Handle
        type="source"
        id={MULTI_REGION_HANDLES.sourceLeft}
        position={Position.Left}
        isConnectable={false}
        style={hidden}
      />
      <Handle
        type="target"
        id={MULTI_REGION_HANDLES.targetLeft}
        position={Position.Left}
        isConnectable={false}
        style={hidden}
      />
      <Handle
        type="target"
        id={MULTI_REGION_HANDLES.targetRight}
        position={Position.Right}
        isConnectable={false}
        style={hidden}
      />
    </>
  );
}

/** A multi-Region key's role in a word, violet as the edges that link related keys. */
function RoleBadge({ role }: { role: NonNullable<KeyNodeData['multiRegionRole']> }) {
  const { t } = useTranslation();
  return (
    <span className="shrink-0 rounded bg-violet-100 px-1 font-sans text-[11px] font-semibold text-violet-900">
      {t(`canvas.multiRegion.${role}`)}
    </span>
  );
}

function CompactKey({ data, selected }: NodeProps<KeyNode>) {
  return (
    <div
      className={`flex h-full w-full items-center gap-3 rounded-lg border-4 bg-white px-3 ${
        selected ? 'border-indigo-600' : 'border-slate-400'
      } ${data.state === 'Enabled' ? '' : 'border-dashed'}`}
    >
      <span aria-hidden="true" className={`size-10 shrink-0 rounded-md ${ICON[data.keyManager]}`} />
      <span className="truncate font-mono text-2xl font-semibold text-slate-900">{data.label}</span>
    </div>
  );
}

function DetailedKey({ data, selected }: NodeProps<KeyNode>) {
  const { t } = useTranslation();
  const extraAliases = data.aliases.length - 1;
  return (
    <div
      title={data.description ? `${data.keyId}\n${data.description}` : data.keyId}
      className={`flex h-full w-full items-center gap-3 rounded-lg border bg-white px-3 shadow-sm ${
        selected ? 'border-indigo-600 ring-2 ring-indigo-300' : 'border-slate-300'
      } ${data.state === 'Enabled' ? '' : 'border-dashed'}`}
    >
      <KeyGlyph
        className={`size-7 shrink-0 rounded-md p-1 ${ICON[data.keyManager]}`}
        awsManaged={data.keyManager === 'AWS'}
      />
      <div className="min-w-0 text-left leading-tight">
        <p className="flex items-baseline gap-1 font-mono text-sm font-semibold text-slate-900">
          <span className="truncate">{data.label}</span>
          {extraAliases > 0 && (
            <span className="shrink-0 font-sans text-[11px] font-normal text-slate-600">
              {t('canvas.moreAliases', { count: extraAliases })}
            </span>
          )}
        </p>
        <p className="mt-0.5 text-xs text-slate-700">
          <KeyStateBadge state={data.state} />
        </p>
        <p className="mt-0.5 flex items-baseline gap-1 font-mono text-[11px] text-slate-700">
          <span className="truncate">{data.keySpec}</span>
          {data.multiRegionRole && <RoleBadge role={data.multiRegionRole} />}
        </p>
        <p className="mt-0.5 truncate text-xs text-slate-600">
          {data.keyStore
            ? t('world.cloudHsm.keyIn', { store: data.keyStore })
            : t(`canvas.keyManager.${data.keyManager}`)}
        </p>
      </div>
    </div>
  );
}
