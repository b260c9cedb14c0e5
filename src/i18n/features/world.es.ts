/** Spanish texts of the world feature (merged into es.ts under `world`). */
export const worldEs = {
  title: 'Mundo',
  toggle: 'Mundo',
  close: 'Cerrar',
  storage: {
    hint: 'Tu cuenta simulada se guarda en este navegador (IndexedDB) y sigue ahí al recargar. El material de clave se guarda cifrado con una clave de WebCrypto que no se puede exportar.',
    off: 'Este navegador no deja guardar datos: al recargar empezarás de cero.',
    idle: 'Se guarda en este navegador.',
    saving: 'Guardando…',
    saved: 'Guardado en este navegador ({{time}}).',
    failed: 'No se pudo guardar el último cambio.',
  },
  start: {
    title: 'Empezar de nuevo',
    empty: 'Cuenta vacía',
    emptyHint: 'Sin claves KMS: lo creas todo tú.',
    sample: 'Cuenta de ejemplo',
    sampleHint:
      'Cuatro claves KMS en tres regiones: alias/app-data con rotación automática, alias/backups, alias/logs y una clave deshabilitada.',
  },
  confirm: {
    title: '¿Empezar de nuevo?',
    empty: 'Se sustituirá el mundo actual por una cuenta vacía.',
    sample: 'Se sustituirá el mundo actual por la cuenta de ejemplo.',
    lost: 'Se perderán todas las claves KMS, los alias, el registro de auditoría (CloudTrail) y la colocación del diagrama. No se puede deshacer. El idioma se mantiene.',
    cancel: 'Cancelar',
    confirm: 'Sí, empezar de nuevo',
    busy: 'Preparando el mundo…',
    failed:
      'La cuenta se vació, pero no se pudo crear la cuenta de ejemplo. Vuelve a intentarlo o sigue con la cuenta vacía.',
  },
  sample: {
    appData: 'Datos de la aplicación',
    backups: 'Copias de seguridad',
    oldBackups: 'Copias de seguridad antiguas (deshabilitada)',
    logs: 'Registros de la aplicación',
  },
  unreadable: {
    banner:
      'No se pudo leer el mundo guardado en este navegador, así que KMS Lab ha empezado con una cuenta vacía. No se ha borrado nada: la copia que no se pudo leer se guarda aparte y puedes exportarla como archivo.',
    reason: 'Detalle técnico: {{reason}}',
    export: 'Exportar la copia ilegible',
    dismiss: 'Cerrar el aviso',
    title: 'Copias ilegibles guardadas',
    found: 'Encontrada el {{date}}',
    exportOne: 'Exportar la copia encontrada el {{date}}',
    discardOne: 'Descartar la copia encontrada el {{date}}',
    exportShort: 'Exportar',
    discardShort: 'Descartar',
  },
  /** AWS services on the canvas (S3, EBS…) and the AWS owned key beside the account. */
  awsServices: {
    name: {
      s3: 'Amazon S3',
      ebs: 'Amazon EBS',
      rds: 'Amazon RDS',
      ssm: 'Parameter Store',
      secretsmanager: 'Secrets Manager',
    },
    items: {
      s3_one: '{{count}} objeto',
      s3_other: '{{count}} objetos',
      ebs_one: '{{count}} volumen',
      ebs_other: '{{count}} volúmenes',
      rds_one: '{{count}} instancia de base de datos',
      rds_other: '{{count}} instancias de base de datos',
      ssm_one: '{{count}} parámetro',
      ssm_other: '{{count}} parámetros',
      secretsmanager_one: '{{count}} secreto',
      secretsmanager_other: '{{count}} secretos',
    },
    nothing: 'nada guardado aún',
    awsOwned: 'clave propiedad de AWS',
    /** Accessible name: "Amazon S3 en us-east-1: 2 objetos. Los protege: alias/aws/s3". */
    node: '{{name}} en {{region}}: {{items}}',
    nodeKeys: '{{name}} en {{region}}: {{items}}. Los protege: {{keys}}',
    ownedKey: {
      title: 'Clave propiedad de AWS',
      hint: 'Fuera de tu cuenta: sin ID de clave, sin CloudTrail',
      node: 'Clave propiedad de AWS, fuera de tu cuenta, usada por {{services}} en {{region}}: sin ID de clave ni CloudTrail',
    },
  },
  cloudHsm: {
    cluster: 'Clúster de CloudHSM',
    clusterNode: 'Clúster de CloudHSM {{cluster}} en {{region}} ({{state}}): {{count}} HSM',
    noHsm: 'Sin HSM',
    hsmNode: 'HSM {{hsm}} del clúster {{cluster}} en {{zone}}',
    emptyNode: 'La zona {{zone}} del clúster {{cluster}} no tiene HSM',
    store: 'Almacén de claves personalizado',
    storeNode:
      'Almacén de claves personalizado {{name}} ({{state}}) del clúster {{cluster}}: {{keys}}',
    noKeys: 'sin claves KMS',
    keyIn: 'En CloudHSM: {{store}}',
    state: {
      CONNECTED: 'Conectado',
      CONNECTING: 'Conectando',
      DISCONNECTED: 'Desconectado',
      DISCONNECTING: 'Desconectando',
      FAILED: 'Sin conexión (FAILED)',
    },
  },
} as const;
