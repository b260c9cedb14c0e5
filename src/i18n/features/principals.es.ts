/** Spanish texts of the principals feature (merged into es.ts under `principals`). */
export const principalsEs = {
  title: 'Quién llama a KMS',
  you: 'Tú',
  kind: {
    root: 'Usuario raíz',
    user: 'Usuario de IAM',
    role: 'Rol de IAM',
    service: 'Servicio de AWS',
  },
  /** Accessible name of a principal node. */
  node: '{{kind}} {{name}}',
  callerNode: 'Tú: {{kind}} de la cuenta {{name}}',
  outside: {
    title: 'Fuera de AWS',
    hint: 'Quien no llama a la API de KMS: por ejemplo, cifra con una clave pública descargada.',
    node: 'Fuera de AWS: quien no llama a la API de KMS',
  },
} as const;
