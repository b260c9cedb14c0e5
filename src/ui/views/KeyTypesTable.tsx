import { useTranslation } from 'react-i18next';
import { keyTypeCounts } from '../../store';
import { useApp } from '../app/useApp';

const ROWS = ['customer', 'awsManaged', 'awsOwned'] as const;
const COLUMNS = ['manager', 'rotation', 'use', 'see'] as const;

/**
 * The course's table of key types, with a live column: how many keys of each kind the
 * Region holds now, and how many stored objects an AWS owned key protects there (the only
 * trace of such a key a customer ever has).
 */
export function KeyTypesTable({ region }: { region: string }) {
  const { t } = useTranslation();
  const world = useApp((s) => s.view);
  const counts = keyTypeCounts(world, region);
  const now = {
    customer: counts.customerManaged,
    awsManaged: counts.awsManaged,
    awsOwned: counts.awsOwnedItems,
  };
  const cell = 'border-t border-slate-200 px-2 py-1 align-top';
  return (
    // Scrolls sideways on a narrow panel: focusable and named, so a keyboard can scroll it.
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={t('views.keyTypesTable.caption', { region })}
    >
      <table className="w-full text-left text-xs text-slate-800">
        <caption className="pb-1 text-left text-xs font-medium text-slate-600">
          {t('views.keyTypesTable.caption', { region })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1">
              {t('views.keyTypesTable.type')}
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-2 py-1">
                {t(`views.keyTypesTable.${c}`)}
              </th>
            ))}
            <th scope="col" className="px-2 py-1">
              {t('views.keyTypesTable.now', { region })}
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row" className={`${cell} font-semibold`}>
                {t(`views.keyTypesTable.${row}.name`)}
              </th>
              {COLUMNS.map((c) => (
                <td key={c} className={cell}>
                  {t(`views.keyTypesTable.${row}.${c}`)}
                </td>
              ))}
              <td className={`${cell} font-mono`}>
                {t(`views.keyTypesTable.${row}.now`, { count: now[row] })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
