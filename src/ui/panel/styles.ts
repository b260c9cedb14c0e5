/** Shared Tailwind classes of the panel's form controls, so every form looks alike. */
export const LABEL = 'block text-sm font-medium text-slate-800';
export const FIELD =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 disabled:bg-slate-100 disabled:text-slate-600';
export const PRIMARY_BUTTON =
  'rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-600';
export const SECONDARY_BUTTON =
  'rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
export const HINT = 'text-xs text-slate-600';
export const STEP = 'space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4';
