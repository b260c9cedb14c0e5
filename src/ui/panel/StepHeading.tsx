import type { ReactNode } from 'react';

/** A numbered step's title; the number is decoration (the order says it already). */
export function StepHeading({
  id,
  step,
  children,
}: {
  id: string;
  step: number;
  children: ReactNode;
}) {
  return (
    <h3 id={id} className="flex items-center gap-2 text-base font-semibold text-slate-900">
      <span
        aria-hidden="true"
        className="grid size-6 place-items-center rounded-full bg-indigo-100 text-xs font-bold text-indigo-800"
      >
        {step}
      </span>
      {children}
    </h3>
  );
}
