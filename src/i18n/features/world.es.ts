/** Spanish texts of the world feature (merged into es.ts under `world`). */
export const worldEs = {
  title: 'Mundo',
} as const;
