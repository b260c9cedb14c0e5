/** Tailwind classes shared by the inspector and the operations area. */
export { FIELD, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../panel/styles';
export const SMALL_BUTTON =
  'rounded-md border border-slate-500 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:border-slate-300 aria-disabled:bg-slate-100 aria-disabled:text-slate-600';
export const ACTION_BUTTON =
  'rounded-md border border-indigo-700 bg-white px-3 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-50 aria-disabled:cursor-not-allowed aria-disabled:border-slate-300 aria-disabled:bg-slate-100 aria-disabled:text-slate-600 disabled:cursor-not-allowed disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-600';
export const DANGER_BUTTON =
  'rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 aria-disabled:cursor-not-allowed aria-disabled:border-slate-300 aria-disabled:bg-slate-100 aria-disabled:text-slate-600';
export const CARD = 'space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4';
export const TERM = 'text-xs font-medium text-slate-600';
export const VALUE = 'text-sm text-slate-900 break-all';
