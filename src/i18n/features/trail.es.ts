/**
 * Spanish texts of the CloudTrail panel: the audit log of every KMS call and of what KMS
 * does by itself, with filters and each event's JSON.
 */
export const trailEs = {
  title: 'Registro de auditoría (CloudTrail)',
  intro:
    'Cada llamada a KMS deja un evento en CloudTrail, también las que fallan, y KMS anota lo que hace por sí mismo (RotateKey, DeleteKey). Nunca aparecen el texto plano ni el material de clave.',
  filters: {
    legend: 'Filtros',
    key: 'Clave KMS',
    principal: 'Entidad principal',
    eventName: 'Evento',
    outcome: 'Resultado',
    region: 'Región',
    all: 'Todas',
    outcomes: {
      any: 'Todos',
      errors: 'Solo errores',
      successes: 'Solo correctos',
    },
    clear: 'Quitar filtros',
  },
  count_one: '{{shown}} de {{count}} evento',
  count_other: '{{shown}} de {{count}} eventos',
  empty: 'Aún no hay eventos: haz una llamada a KMS y aparecerá aquí.',
  noMatch: 'Ningún evento coincide con los filtros.',
  list: 'Eventos de CloudTrail, el más reciente primero',
  fields: {
    who: 'Quién',
    region: 'Región',
    key: 'Clave KMS',
    outcome: 'Resultado',
  },
  who: {
    root: 'Usuario raíz',
    rootOf: 'Usuario raíz de la cuenta {{accountId}}',
    session: '{{session}} (rol {{role}})',
    sessionOf: '{{session}} (rol {{role}}, cuenta {{accountId}})',
    via: '{{who}}, a través de {{service}}',
  },
  noKey: 'ninguna',
  ok: 'Correcto',
  error: 'Error: {{code}}',
  consoleRead: 'lectura de la consola',
  serviceEvent: 'evento del servicio',
  json: 'JSON del evento {{eventName}}',
  copyJson: 'Copiar JSON',
  showMore: 'Mostrar {{count}} más',
  showing: 'Se muestran los {{shown}} más recientes.',
} as const;
