/** Spanish texts of the principals feature (merged into es.ts under `principals`). */
export const principalsEs = {
  title: 'Quién llama a KMS',
} as const;
