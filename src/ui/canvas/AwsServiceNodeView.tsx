import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsServiceNode, AwsServiceNodeData } from '../../graph';
import { sameNodeView } from './sameNodeView';

/** What a service keeps, in words: "2 objetos", or that it keeps nothing yet. */
export function storedItemsText(
  t: (key: string, values?: Record<string, unknown>) => string,
  data: AwsServiceNodeData,
): string {
  return data.items === 0
    ? t('world.awsServices.nothing')
    : t(`world.awsServices.items.${data.service}`, { count: data.items });
}

/** The keys protecting what a service keeps: the KMS keys by name, then any AWS owned key. */
export function protectingKeys(
  t: (key: string, values?: Record<string, unknown>) => string,
  data: AwsServiceNodeData,
): string[] {
  return [...data.keys, ...(data.awsOwnedItems > 0 ? [t('world.awsServices.awsOwned')] : [])];
}

/**
 * An AWS service that uses KMS (S3, EBS…), under its Region's KMS endpoint: its name, how
 * many items it keeps there and which keys protect them. Fixed in place; the service's
 * requests and its KMS calls travel from it.
 */
export const AwsServiceNodeView = memo(function AwsServiceNodeView({
  data,
}: NodeProps<AwsServiceNode>) {
  const { t } = useTranslation();
  const lookup = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const keys = protectingKeys(lookup, data).join(', ');
  return (
    <div
      title={keys}
      className="flex h-full w-full flex-col justify-center rounded-md border border-orange-300 bg-orange-50 px-2 text-left leading-tight"
    >
      <p className="truncate text-xs font-semibold text-orange-950">
        {t(`world.awsServices.name.${data.service}`)}
      </p>
      <p className="truncate text-[11px] text-slate-700">{storedItemsText(lookup, data)}</p>
      {keys && <p className="truncate font-mono text-[10px] text-slate-700">{keys}</p>}
    </div>
  );
}, sameNodeView);
