import { timeEs } from './features/time.es';
import { worldEs } from './features/world.es';
import { playerEs } from './features/player.es';
import { presenterEs } from './features/presenter.es';
import { principalsEs } from './features/principals.es';

/**
 * Spanish texts needed from the first paint: the source language of KMS Lab. The texts of
 * the side panel's heavier sections (inspector, operations, diagrams, outside AWS) load with
 * those sections (`lazyTexts.ts`); `es.ts` puts everything together for types and tests. Every other language has exactly these
 * keys (see `Messages`). Terms follow the project glossary; API names stay in English.
 */
export const esCore = {
  app: {
    name: 'KMS Lab',
    tagline: 'Ve y ejecuta AWS KMS en tu navegador',
  },
  side: {
    label: 'Panel lateral',
    sections: {
      try: 'Probar cifrado',
      outside: 'Fuera de AWS',
      byok: 'Importar material',
      services: 'Servicios AWS',
      cloudHsm: 'CloudHSM',
      inspector: 'Inspector',
      operations: 'Operaciones',
      views: 'Diagramas',
      trail: 'CloudTrail',
    },
    headings: {
      inspector: 'Inspector de la clave KMS',
      operations: 'Operaciones',
    },
    loading: 'Cargando…',
    copied: 'Copiado',
  },
  language: {
    label: 'Idioma',
    es: 'Español',
    en: 'English',
  },
  regions: {
    'us-east-1': 'EE. UU. Este (Norte de Virginia)',
    'us-west-2': 'EE. UU. Oeste (Oregón)',
    'eu-west-1': 'Europa (Irlanda)',
    'eu-central-1': 'Europa (Fráncfort)',
    'ap-south-1': 'Asia Pacífico (Mumbai)',
    'ap-northeast-1': 'Asia Pacífico (Tokio)',
    'sa-east-1': 'América del Sur (São Paulo)',
  },
  keyState: {
    Creating: 'Creándose',
    Enabled: 'Habilitada',
    Disabled: 'Deshabilitada',
    PendingDeletion: 'Pendiente de eliminación',
    PendingImport: 'Pendiente de importación',
    PendingReplicaDeletion: 'Pendiente de eliminación (réplica)',
    Unavailable: 'No disponible',
    Updating: 'Actualizándose',
  },
  canvas: {
    label: 'Diagrama de la cuenta: regiones y claves KMS',
    outsideHolds: 'Tiene la clave pública de {{key}} ({{spec}})',
    account: 'Cuenta de AWS {{accountId}}',
    region: 'Región {{code}}, {{name}}. Claves KMS: {{count}}',
    selectedRegion: 'región seleccionada',
    emptyRegion: 'Aún no hay claves KMS en esta región.',
    key: 'Clave KMS {{label}}, {{state}}',
    symmetric: 'Simétrica',
    keyManager: { CUSTOMER: 'Gestionada por el cliente', AWS: 'Gestionada por AWS' },
    moreAliases: '+{{count}} más',
    multiRegion: {
      PRIMARY: 'Primaria',
      REPLICA: 'Réplica',
      node: '{{name}}; clave multirregión: {{role}}',
      edge: 'misma clave, mismo material',
      edgeName: 'Clave multirregión {{key}}: primaria en {{primary}}, réplica en {{replica}}',
    },
    service: {
      kms: 'KMS',
      cloudtrail: 'CloudTrail',
      cloudtrailHint: 'registro de llamadas',
      kmsNode: 'Endpoint de KMS de la región {{code}}: {{host}}',
      cloudtrailNode: 'Registro de CloudTrail de la región {{code}}',
    },
    regions: {
      button: 'Regiones ({{shown}} de {{total}})',
      legend: 'Regiones que se ven en el diagrama',
      alwaysShown: '{{name}} (seleccionada: siempre visible)',
    },
    a11y: {
      nodeDefault: 'Pulsa Intro o la barra espaciadora para seleccionar este elemento.',
      nodeKeyboard:
        'Pulsa Intro o la barra espaciadora para seleccionar este elemento; después puedes moverlo con las flechas.',
      nodeMoved: 'Elemento movido hacia {{direction}}. Nueva posición: x {{x}}, y {{y}}.',
      edgeDefault: 'Pulsa Intro o la barra espaciadora para seleccionar esta relación.',
      controls: 'Controles del diagrama',
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      fitView: 'Ajustar el diagrama a la vista',
      interactive: 'Permitir o bloquear mover elementos',
      minimap: 'Minimapa del diagrama',
      handle: 'Punto de conexión',
      direction: {
        up: 'arriba',
        down: 'abajo',
        left: 'la izquierda',
        right: 'la derecha',
      },
    },
  },
  panel: {
    title: 'Probar cifrado',
    intro:
      'Crea una clave KMS simétrica, cifra un texto con ella y descífralo de nuevo. Todo ocurre en tu navegador: nada sale hacia AWS.',
    region: 'Región',
    regionHint: 'Las claves KMS son regionales: solo se pueden usar en la región donde se crearon.',
    busy: 'Un momento…',
    createKey: {
      title: 'Crear una clave simétrica',
      description: 'Descripción (opcional)',
      submit: 'Crear clave KMS',
      created: 'Clave KMS creada: {{keyId}}',
    },
    encrypt: {
      title: 'Cifrar',
      key: 'Clave KMS',
      noKeys: 'Todavía no hay claves simétricas en esta región: crea una arriba.',
      chooseKey: 'Elige una clave KMS',
      plaintext: 'Texto plano',
      submit: 'Cifrar',
      ciphertext: 'Texto cifrado (CiphertextBlob, en base64)',
      size: '{{bytes}} bytes',
      copy: 'Copiar el texto cifrado',
      copied: 'Copiado',
    },
    context: {
      legend: 'Contexto de cifrado (opcional)',
      hint: 'Un par clave-valor que no es secreto pero queda ligado al texto cifrado: para descifrar hay que dar exactamente el mismo.',
      name: 'Clave del contexto',
      value: 'Valor del contexto',
    },
    decrypt: {
      title: 'Descifrar',
      hint: 'Envía a KMS el texto cifrado de arriba. No hace falta indicar la clave: el texto cifrado dice con qué clave KMS se creó.',
      nothingYet: 'Primero cifra un texto.',
      submit: 'Descifrar',
      plaintext: 'Texto plano descifrado',
    },
  },
  errors: {
    heading: '{{operation}} falló: {{name}}',
    awsMessage: 'Mensaje de AWS: {{message}}',
    explain: {
      AccessDeniedException:
        'Acceso denegado. O ninguna política ni concesión (grant) lo permite, o el texto cifrado pertenece a una clave KMS que no existe en esta región (por ejemplo, se cifró en otra región).',
      AlreadyExistsException:
        'Ya existe un recurso con ese nombre, por ejemplo un alias igual en esta región.',
      DisabledException:
        'La clave está deshabilitada: KMS no la usa para cifrar ni para descifrar hasta que se vuelva a habilitar.',
      IncorrectKeyException:
        'El texto cifrado no se creó con la clave KMS indicada. Hay que usar la misma clave con la que se cifró.',
      InvalidAliasNameException:
        'El nombre del alias no es válido: debe empezar por «alias/» y no puede empezar por «alias/aws/», que está reservado para AWS.',
      InvalidArnException: 'El ARN no tiene un formato válido.',
      InvalidCiphertextException:
        'KMS no pudo descifrar: el texto cifrado está dañado o el contexto de cifrado no es exactamente el que se usó al cifrar.',
      InvalidGrantTokenException: 'El token de concesión (grant token) no es válido.',
      InvalidKeyUsageException:
        'Esta clave KMS no sirve para esta operación: su uso (KeyUsage) es otro.',
      InvalidMarkerException:
        'El marcador de paginación (Marker) no es válido: usa el que devolvió la respuesta anterior.',
      KMSInternalException: 'KMS tuvo un error interno. Vuelve a intentarlo.',
      KMSInvalidMacException:
        'El HMAC no es válido: no lo calculó esta clave KMS con este algoritmo sobre este mensaje (o el mensaje cambió).',
      KMSInvalidSignatureException:
        'La firma no es válida: no la hizo esta clave KMS con este algoritmo sobre este mensaje (o el mensaje cambió).',
      KMSInvalidStateException:
        'El estado actual de la clave KMS no permite esta operación (por ejemplo, está pendiente de eliminación).',
      LimitExceededException:
        'Se ha superado una cuota de KMS, por ejemplo el número de alias o de rotaciones bajo demanda.',
      MalformedPolicyDocumentException:
        'La política de clave no es un documento JSON válido o contiene un error.',
      NotFoundException:
        'KMS no encuentra esa clave o ese alias en esta región. Recuerda: las claves KMS son regionales.',
      SerializationException: 'La solicitud no tiene el formato que espera la API de KMS.',
      TagException:
        'Las etiquetas no son válidas, por ejemplo porque usan el prefijo reservado «aws:».',
      UnknownOperationException: 'KMS no conoce esa operación.',
      UnsupportedOperationException:
        'Esta operación no está disponible para esta clave KMS, o KMS Lab todavía no la simula.',
      ValidationException:
        'La solicitud no cumple las reglas de la API: falta un dato, sobra uno o un valor no está dentro de lo permitido. El mensaje de AWS de abajo dice cuál.',
      ConflictException: 'La solicitud choca con otra operación en curso sobre el mismo recurso.',
      UnrecognizedClientException:
        'KMS no reconoce la solicitud: la región o las credenciales no son válidas.',
      NotAuthorizedException: 'No tienes autorización para esta operación.',
      DryRunOperationException:
        'Era una prueba (DryRun): la operación habría funcionado, pero no se ha ejecutado.',
      ExpiredImportTokenException:
        'El token de importación ha caducado (vale 24 horas): pide unos parámetros nuevos con GetParametersForImport y vuelve a encapsular el material.',
      IncorrectKeyMaterialException:
        'Ese material de clave no es el que esta clave KMS recibió la primera vez: una clave con material importado solo acepta siempre el mismo material.',
      InvalidImportTokenException:
        'El token de importación no sirve para esta clave KMS o no corresponde a la clave pública con la que se encapsuló el material.',
      CloudHsmClusterInUseException:
        'Ese clúster de CloudHSM ya está asociado a otro almacén de claves personalizado.',
      CloudHsmClusterInvalidConfigurationException:
        'El clúster de CloudHSM no cumple lo que KMS necesita, por ejemplo al menos dos HSM activos en zonas de disponibilidad distintas.',
      CloudHsmClusterNotActiveException:
        'El clúster de CloudHSM no está activo: hay que inicializarlo y activarlo antes.',
      CloudHsmClusterNotFoundException: 'KMS no encuentra ese clúster de CloudHSM en esta región.',
      CloudHsmClusterNotRelatedException:
        'Ese clúster no comparte copias de seguridad con el clúster original del almacén de claves: no es el mismo clúster ni uno restaurado de él.',
      CustomKeyStoreHasCMKsException:
        'El almacén de claves personalizado todavía tiene claves KMS: hay que eliminarlas antes de borrarlo.',
      CustomKeyStoreInvalidStateException:
        'El estado de conexión del almacén de claves personalizado no permite esta operación (por ejemplo, debe estar conectado para crear claves o desconectado para modificarlo).',
      CustomKeyStoreNameInUseException:
        'Ya existe un almacén de claves personalizado con ese nombre en esta región.',
      CustomKeyStoreNotFoundException:
        'KMS no encuentra ese almacén de claves personalizado en esta región.',
      IncorrectTrustAnchorException:
        'El certificado de confianza (trust anchor) no es el del clúster de CloudHSM.',
      KeyUnavailableException:
        'La clave KMS no está disponible ahora mismo, por ejemplo porque su almacén de claves está desconectado.',
      unknown: 'KMS devolvió un error inesperado.',
    },
  },
  time: timeEs,
  world: worldEs,
  principals: principalsEs,
  player: playerEs,
  presenter: presenterEs,
} as const;
