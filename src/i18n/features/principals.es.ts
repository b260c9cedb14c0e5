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
  /** The lab's identities, in words (the role's own name stays in English). */
  identity: {
    root: 'Usuario raíz',
    admin: 'Administrador de claves',
    developer: 'Desarrollador',
    application: 'Aplicación',
    auditor: 'Auditor de seguridad',
    partner: 'Socio en otra cuenta',
  },
  /** One choice of the "acting as" list: in words, then the role's name (and its account). */
  option: {
    root: '{{label}}',
    role: '{{label}} ({{role}})',
    otherAccount: '{{label}} ({{role}}, {{accountId}})',
  },
  actingAs: {
    label: 'Actuar como',
    hint: 'Tus llamadas a KMS se hacen como esta identidad.',
  },
  /** The mark on the node of the identity acted as. */
  acting: 'actuando',
  session: 'sesión {{session}}',
  /** Accessible name of a principal node. */
  node: '{{kind}} {{name}}',
  callerNode: 'Tú: {{kind}} de la cuenta {{name}}',
  identityNode: '{{label}}: {{kind}} {{name}}',
  actingNode: '{{label}}: {{kind}} {{name}}, actuando',
  rootNode: '{{label}} de la cuenta {{name}}',
  actingRootNode: '{{label}} de la cuenta {{name}}, actuando',
  policies: {
    /** The node's button. */
    open: 'Políticas',
    openFor: 'Políticas de IAM de {{name}}',
    title: 'Identidades',
    heading: '{{label}} ({{name}})',
    close: 'Cerrar',
    choose: 'Identidad',
    callsAs: 'Sus llamadas se hacen como',
    iamEntity: 'Entidad de IAM',
    account: 'Cuenta',
    iamPolicies: 'Políticas de IAM',
    readOnly:
      'Políticas de IAM en línea del rol (JSON tal como IAM las guarda). Son de IAM, no de KMS: cambiarlas no deja registro de KMS en CloudTrail.',
    none: 'Este rol no tiene políticas de IAM.',
    root: 'IAM no asocia políticas al usuario raíz: lo que puede hacer con una clave KMS lo decide la política de la clave.',
    otherAccount:
      'Este rol está en otra cuenta ({{accountId}}). Para usar una clave de esta cuenta necesita permiso en los dos lados: su política de IAM y la política de la clave.',
    edit: 'Editar',
    editNamed: 'Editar la política {{name}}',
    save: 'Guardar',
    cancel: 'Cancelar',
    refused: 'IAM rechaza la política ({{name}}); no ha cambiado nada.',
    editing: 'Política de IAM {{name}} (JSON)',
    fixFirst: 'No se puede guardar: corrige antes los problemas de la política.',
    actAs: 'Actuar como esta identidad',
    actingNow: 'Ya actúas como esta identidad.',
  },
  outside: {
    title: 'Fuera de AWS',
    hint: 'Quien no llama a la API de KMS: por ejemplo, cifra con una clave pública descargada.',
    node: 'Fuera de AWS: quien no llama a la API de KMS',
  },
} as const;
