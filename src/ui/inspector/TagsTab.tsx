import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../operations/problemText';
import type { KeyView } from '../../engine';
import { checkPairs } from '../operations/validate';
import { ErrorBox } from '../format/ErrorBox';
import { FIELD, SMALL_BUTTON } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import type { KeyDetails } from './useKeyDetails';
import { useAction } from './useAction';

/** Tags (ListResourceTags), with add (TagResource) and remove (UntagResource). */
export function TagsTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const { run, error, busy } = useAction(keyView.region);
  const problem = name ? checkPairs([{ name, value }], true) : { code: 'required' as const };
  const untag = unavailable('UntagResource', keyView);
  const tags = details.tags ?? [];
  const add = async () => {
    const record = await run('TagResource', {
      KeyId: keyView.keyId,
      Tags: [{ TagKey: name, TagValue: value }],
    });
    if (record && !record.error) {
      setName('');
      setValue('');
    }
  };
  return (
    <div className="space-y-4">
      {tags.length === 0 ? (
        <p className="text-sm text-slate-700">{t('inspector.tags.none')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('inspector.tabs.tags')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs text-slate-700">
              <th scope="col">{t('inspector.tags.key')}</th>
              <th scope="col">{t('inspector.tags.value')}</th>
              <th scope="col">
                <span className="sr-only">{t('inspector.tags.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.TagKey} className="border-b border-slate-200">
                <td className="py-1 pr-2 break-all">{tag.TagKey}</td>
                <td className="py-1 pr-2 break-all">{tag.TagValue}</td>
                <td className="py-1 text-right">
                  <button
                    type="button"
                    aria-disabled={untag || busy ? true : undefined}
                    title={untag?.kind === 'refused' ? untag.name : undefined}
                    onClick={
                      untag || busy
                        ? undefined
                        : () =>
                            void run('UntagResource', {
                              KeyId: keyView.keyId,
                              TagKeys: [tag.TagKey ?? ''],
                            })
                    }
                    className={SMALL_BUTTON}
                  >
                    {t('inspector.tags.remove', { key: tag.TagKey ?? '' })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t('inspector.tags.add')}</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-key`} className="block text-xs text-slate-700">
              {t('inspector.tags.key')}
            </label>
            <input
              id={`${id}-key`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={`${id}-note`}
              className={FIELD}
            />
          </div>
          <div>
            <label htmlFor={`${id}-value`} className="block text-xs text-slate-700">
              {t('inspector.tags.value')}
            </label>
            <input
              id={`${id}-value`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              className={FIELD}
            />
          </div>
        </div>
        <p id={`${id}-note`} className="text-xs text-slate-700">
          {problem && name ? problemText(t, problem) : t('inspector.tags.hint')}
        </p>
        <ActionButton
          unavailable={unavailable('TagResource', keyView)}
          busy={busy}
          invalid={!!problem}
          onClick={() => void add()}
        >
          {t('inspector.tags.submit')}
        </ActionButton>
      </fieldset>
      {error && <ErrorBox error={error} />}
    </div>
  );
}
