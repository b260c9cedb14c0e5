/**
 * Spanish texts of "Servicios AWS": the learner asks S3, EBS, RDS, Parameter Store and
 * Secrets Manager to keep something, and each one calls KMS on their behalf.
 */
export const servicesEs = {
  title: 'Servicios de AWS que usan KMS',
  intro: {
    envelope:
      'Los servicios de AWS integrados con KMS hacen el cifrado de sobre (envelope encryption) por ti: piden a KMS una clave de datos, cifran tus datos con ella, descartan la clave en texto plano y guardan la clave de datos cifrada junto a los datos.',
    onBehalf:
      'Llaman a KMS en tu nombre y con tus permisos: en CloudTrail la entidad principal eres tú y el servicio aparece en invokedBy (por ejemplo s3.amazonaws.com).',
    managed:
      'Si no eliges clave, el servicio usa su clave gestionada por AWS (aws/<servicio>), que se crea en tu cuenta la primera vez que hace falta. La ves, pero no puedes cambiar su política, deshabilitarla ni eliminarla.',
    owned:
      'Una clave propiedad de AWS (como la de SSE-S3) nunca aparece en tu cuenta: ni en ListKeys ni en tu CloudTrail.',
  },
  context: 'Pides como {{identity}}, en la región {{region}}.',
  servicesLabel: 'Servicio',
  names: {
    s3: 'S3',
    ebs: 'EBS',
    rds: 'RDS',
    ssm: 'Parameter Store',
    secretsmanager: 'Secrets Manager',
  },
  forms: {
    s3: { write: 'Subir un objeto', read: 'Leer un objeto' },
    ebs: { write: 'Crear un volumen cifrado', read: 'Adjuntar el volumen a una instancia' },
    rds: { write: 'Crear una base de datos cifrada', read: 'Arrancar la base de datos' },
    ssm: { write: 'Guardar un parámetro SecureString', read: 'Leer el parámetro' },
    secretsmanager: { write: 'Crear un secreto', read: 'Leer el secreto' },
  },
  fields: {
    Bucket: 'Bucket',
    Key: 'Clave del objeto (Key)',
    Body: 'Contenido (texto)',
    Size: 'Tamaño en GiB (Size)',
    VolumeId: 'Volumen (VolumeId)',
    InstanceId: 'Instancia EC2 (InstanceId)',
    DBInstanceIdentifier: 'Identificador de la base de datos (DBInstanceIdentifier)',
    Name: 'Nombre (Name)',
    Value: 'Valor (Value)',
    SecretString: 'Valor del secreto (SecretString)',
    SecretId: 'Secreto (SecretId)',
    WithDecryption: 'Descifrar el valor (WithDecryption)',
    Overwrite: 'Reemplazar el parámetro si ya existe (Overwrite)',
  },
  encryption: {
    label: 'Cifrado',
    s3: {
      managed: 'SSE-KMS — clave gestionada por AWS (aws/s3)',
      customer: 'SSE-KMS — clave gestionada por el cliente',
      owned: 'SSE-S3 — clave propiedad de AWS',
    },
    managed: 'Clave gestionada por AWS ({{alias}})',
    customer: 'Clave gestionada por el cliente',
    customerKey: 'Clave gestionada por el cliente',
    noCustomerKeys:
      'No hay claves simétricas gestionadas por el cliente en esta región: crea una en «Probar cifrado».',
  },
  actions: {
    PutObject: 'Subir (PutObject)',
    GetObject: 'Leer (GetObject)',
    CreateVolume: 'Crear volumen (CreateVolume)',
    AttachVolume: 'Adjuntar (AttachVolume)',
    CreateDBInstance: 'Crear base de datos (CreateDBInstance)',
    StartDBInstance: 'Arrancar (StartDBInstance)',
    PutParameter: 'Guardar (PutParameter)',
    GetParameter: 'Leer (GetParameter)',
    CreateSecret: 'Crear secreto (CreateSecret)',
    GetSecretValue: 'Leer (GetSecretValue)',
  },
  done: {
    PutObject: 'S3 guardó el objeto cifrado.',
    GetObject: 'S3 devolvió el objeto descifrado.',
    CreateVolume: 'EC2 creó el volumen cifrado.',
    AttachVolume:
      'EC2 adjuntó el volumen: la clave de datos descifrada queda en la memoria del host.',
    CreateDBInstance: 'RDS creó la base de datos cifrada.',
    StartDBInstance: 'RDS arrancó la base de datos.',
    PutParameter: 'Parameter Store guardó el parámetro cifrado.',
    GetParameter: 'Parameter Store devolvió el parámetro.',
    CreateSecret: 'Secrets Manager guardó el secreto cifrado.',
    GetSecretValue: 'Secrets Manager devolvió el secreto descifrado.',
  },
  failed: {
    PutObject: 'S3 no pudo guardar el objeto',
    GetObject: 'S3 no pudo leer el objeto',
    CreateVolume: 'EC2 no pudo crear el volumen',
    AttachVolume: 'EC2 no pudo adjuntar el volumen',
    CreateDBInstance: 'RDS no pudo crear la base de datos',
    StartDBInstance: 'RDS no pudo arrancar la base de datos',
    PutParameter: 'Parameter Store no pudo guardar el parámetro',
    GetParameter: 'Parameter Store no pudo leer el parámetro',
    CreateSecret: 'Secrets Manager no pudo crear el secreto',
    GetSecretValue: 'Secrets Manager no pudo leer el secreto',
  },
  outcome: {
    label: 'Resultado',
    heading: '{{failed}}: {{code}}',
    kms: 'Detrás está KMS, que respondió {{name}}: {{explain}}',
    awsMessage: 'Mensaje de AWS: {{message}}',
    response: 'Respuesta',
    calls: 'Llamadas a KMS en tu nombre: {{list}}.',
    noCalls: 'Ninguna llamada a KMS en tu cuenta.',
    unavailable: 'Este servicio aún no está simulado en KMS Lab.',
    details: 'Cómo queda: {{list}}.',
  },
  /** The services' own refusals, without KMS behind them. */
  serviceErrors: {
    NoSuchKey: 'No hay ningún objeto con ese nombre en ese bucket, en esta región.',
    InvalidBucketName: 'El nombre del bucket no es válido.',
    KeyTooLongError: 'La clave del objeto es demasiado larga.',
    InvalidVolumeNotFound: 'No hay ningún volumen con ese id en esta región.',
    InvalidInstanceIdMalformed: 'El id de la instancia EC2 no tiene un formato válido.',
    InvalidParameterValue: 'Un valor de la solicitud no es válido; el mensaje de AWS dice cuál.',
    DBInstanceNotFound: 'No hay ninguna base de datos con ese identificador en esta región.',
    DBInstanceAlreadyExists: 'Ya hay una base de datos con ese identificador en esta región.',
    ParameterNotFound: 'No hay ningún parámetro con ese nombre en esta región.',
    ParameterAlreadyExists: 'Ya hay un parámetro con ese nombre en esta región.',
    ResourceNotFoundException: 'No hay ningún secreto con ese nombre en esta región.',
    ResourceExistsException: 'Ya hay un secreto con ese nombre en esta región.',
    ValidationException:
      'La solicitud no cumple las reglas del servicio; el mensaje de AWS dice cuál.',
  },
  invalid: {
    required: 'Falta «{{field}}».',
    tooLong: '«{{field}}» es demasiado largo: como mucho {{max}} caracteres.',
    bucket:
      'Nombre de bucket no válido: de 3 a 63 minúsculas, números, puntos o guiones, empezando y acabando por letra o número.',
    size: 'El tamaño es un número entero de GiB entre 1 y 16384.',
    volumeId: 'Un VolumeId es «vol-» y de 8 a 17 cifras hexadecimales.',
    instanceId: 'Un InstanceId es «i-» y 8 o 17 cifras hexadecimales.',
    dbIdentifier:
      'De 1 a 63 letras, números o guiones: empieza por letra, sin dos guiones seguidos ni guion al final.',
    parameterName:
      'Un nombre de parámetro lleva letras, números y «. - _»; una ruta empieza por «/»; no puede empezar por «aws» ni «ssm».',
    secretName: 'Un nombre de secreto solo lleva letras, números y «/ _ + = . @ -».',
    chooseKey: 'Elige una clave gestionada por el cliente.',
    notCalled: 'No se ha llamado al servicio.',
  },
  stored: {
    title: 'Lo que guarda {{service}} en esta región',
    empty: 'Aún no guarda nada aquí.',
    hint: 'Elige un elemento para rellenar el formulario de lectura.',
    pick: 'Leer {{name}}',
    protectedBy: 'Protegido por',
    owned: 'clave propiedad de AWS',
    context: 'Contexto de cifrado',
    noContext: 'ninguno',
    grant: 'Concesión (grant)',
  },
} as const;
