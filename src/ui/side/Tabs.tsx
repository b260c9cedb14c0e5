import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: ReactNode;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern, automatic activation): one tab in the Tab order,
 * arrows move and select, Home/End go to the ends. Only the selected panel is rendered.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
  size = 'md',
}: {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  children: ReactNode;
  size?: 'md' | 'sm';
}) {
  const base = useId();
  const refs = useRef(new Map<T, HTMLButtonElement | null>());
  const tabId = (id: T) => `${base}-tab-${id}`;
  const panelId = (id: T) => `${base}-panel-${id}`;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const id = tabs[next]?.id;
    if (id === undefined) return;
    onSelect(id);
    refs.current.get(id)?.focus();
  };

  // Four Spanish labels fit one row of the 26rem side panel.
  const text = size === 'sm' ? 'px-2.5 py-1.5 text-xs' : 'px-2.5 py-2 text-sm';
  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-0.5 border-b border-slate-300"
      >
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                refs.current.set(tab.id, el);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={active}
              aria-controls={panelId(tab.id)}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              className={`-mb-px rounded-t-md border font-medium ${text} ${
                active
                  ? 'border-slate-300 border-b-white bg-white text-indigo-800'
                  : 'border-transparent text-slate-700 hover:bg-slate-100'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId(selected)}
        aria-labelledby={tabId(selected)}
        tabIndex={0}
        className="pt-4 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {children}
      </div>
    </div>
  );
}
