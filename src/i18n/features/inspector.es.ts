/** Spanish texts of the inspector feature (merged into es.ts under `inspector`). */
export const inspectorEs = {
  title: 'Inspector de la clave KMS',
} as const;
