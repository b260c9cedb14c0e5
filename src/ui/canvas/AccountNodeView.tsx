import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/** The AWS account boundary: a dashed frame with the account id. */
export const AccountNodeView = memo(function AccountNodeView({ data }: NodeProps<AccountNode>) {
  const { t } = useTranslation();
  return (
    <div className="h-full w-full rounded-2xl border-2 border-dashed border-slate-400 bg-white/40">
      <p className="px-6 pt-3 text-sm font-semibold text-slate-700">
        {t('canvas.account', { accountId: data.accountId })}
      </p>
    </div>
  );
}, sameNodeView);
