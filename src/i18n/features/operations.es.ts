/** Spanish texts of the operations feature (merged into es.ts under `operations`). */
export const operationsEs = {
  title: 'Operaciones',
} as const;
