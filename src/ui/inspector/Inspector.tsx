import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../graph';
import { useApp } from '../app/useApp';
import { KeyStateBadge } from '../canvas/KeyStateBadge';
import { Tabs } from '../side/Tabs';
import { AliasesTab } from './AliasesTab';
import { CryptoTab } from './CryptoTab';
import { GeneralTab } from './GeneralTab';
import { KeyActions } from './KeyActions';
import { KeyChooser } from './KeyChooser';
import { PolicyTab } from './PolicyTab';
import { RotationTab } from './RotationTab';
import { TagsTab } from './TagsTab';
import { useInspectedKey, useKeyDetails } from './useKeyDetails';

const TABS = ['general', 'policy', 'crypto', 'rotation', 'tags', 'aliases'] as const;
type Tab = (typeof TABS)[number];

/** The selected KMS key as the AWS console shows it: its configuration in tabs, and its actions. */
export function Inspector() {
  const { t } = useTranslation();
  const ref = useApp((s) => s.inspected);
  const key = useInspectedKey(ref);
  const details = useKeyDetails(ref);
  const [tab, setTab] = useState<Tab>('general');

  return (
    <div className="space-y-4">
      <KeyChooser />
      {!ref ? (
        <p className="text-sm text-slate-700">{t('inspector.nothingSelected')}</p>
      ) : !key ? (
        <p className="text-sm text-slate-700">{t('inspector.gone')}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-mono text-base font-semibold break-all">{keyLabel(key)}</h3>
            <KeyStateBadge state={key.state} />
          </div>
          <KeyActions key={key.arn} keyView={key} />
          <Tabs
            label={t('inspector.tabsLabel')}
            tabs={TABS.map((id) => ({ id, label: t(`inspector.tabs.${id}`) }))}
            selected={tab}
            onSelect={setTab}
            size="sm"
          >
            {!details ? (
              <p className="text-sm text-slate-600">{t('inspector.loading')}</p>
            ) : tab === 'general' ? (
              <GeneralTab keyView={key} details={details} />
            ) : tab === 'policy' ? (
              <PolicyTab keyView={key} details={details} />
            ) : tab === 'crypto' ? (
              <CryptoTab keyView={key} details={details} />
            ) : tab === 'rotation' ? (
              <RotationTab keyView={key} details={details} />
            ) : tab === 'tags' ? (
              <TagsTab keyView={key} details={details} />
            ) : (
              <AliasesTab keyView={key} details={details} />
            )}
          </Tabs>
        </>
      )}
    </div>
  );
}
