/** Spanish texts of the time feature (merged into es.ts under `time`). */
export const timeEs = {
  title: 'Reloj simulado',
} as const;
