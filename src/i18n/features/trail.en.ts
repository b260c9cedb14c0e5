/** English texts of the CloudTrail panel (see trail.es.ts). */
import type { Widen } from '../messages';
import type { trailEs } from './trail.es';

export const trailEn: Widen<typeof trailEs> = {
  title: 'Audit log (CloudTrail)',
  intro:
    'Every KMS call leaves an event in CloudTrail, failed ones too, and KMS logs what it does by itself (RotateKey, DeleteKey). Plaintext and key material never appear.',
  filters: {
    legend: 'Filters',
    key: 'KMS key',
    principal: 'Principal',
    eventName: 'Event',
    outcome: 'Outcome',
    region: 'Region',
    all: 'All',
    outcomes: {
      any: 'All',
      errors: 'Errors only',
      successes: 'Successes only',
    },
    clear: 'Clear filters',
  },
  count_one: '{{shown}} of {{count}} event',
  count_other: '{{shown}} of {{count}} events',
  empty: 'No events yet: make a KMS call and it will show here.',
  noMatch: 'No event matches the filters.',
  list: 'CloudTrail events, newest first',
  fields: {
    who: 'Who',
    region: 'Region',
    key: 'KMS key',
    outcome: 'Outcome',
  },
  who: {
    root: 'Root user',
    rootOf: 'Root user of account {{accountId}}',
    session: '{{session}} (role {{role}})',
    sessionOf: '{{session}} (role {{role}}, account {{accountId}})',
    via: '{{who}}, through {{service}}',
  },
  noKey: 'none',
  ok: 'Success',
  error: 'Error: {{code}}',
  consoleRead: 'console read',
  serviceEvent: 'service event',
  json: 'JSON of the {{eventName}} event',
  copyJson: 'Copy JSON',
  showMore: 'Show {{count}} more',
  showing: 'Showing the newest {{shown}}.',
};
