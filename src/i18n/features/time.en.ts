import type { Widen } from '../messages';
import type { timeEs } from './time.es';

/** English texts of the time feature: exactly the Spanish keys. */
export const timeEn: Widen<typeof timeEs> = {
  title: 'Simulated clock',
  toggle: 'Advance time',
  intro:
    'The simulated clock only moves when you move it. As it moves, KMS does whatever falls due in between: automatic rotations, and deleting keys whose waiting period ends.',
  close: 'Close',
  moving: 'Advancing time…',
  advance: {
    label: 'How far to advance',
    hour: '+1 hour',
    day: '+1 day',
    month: '+30 days',
    year: '+1 year',
    next: 'To the next event',
    nextHint: 'Next event: {{what}}, {{when}}.',
    nothing:
      'Nothing is scheduled: no key has automatic rotation turned on or is pending deletion.',
  },
  due: {
    title: 'Scheduled',
    none: 'Nothing scheduled.',
    rotate: 'Automatic rotation of {{key}}',
    delete: 'Deletion of {{key}} (end of the waiting period)',
    synchronize: 'Synchronization of the multi-Region key {{key}}',
    expire: 'Expiry of the imported material of {{key}}',
    where: '{{region}} · {{date}} ({{relative}})',
  },
  happened: {
    title: 'What happened',
    none: 'You have not advanced the clock yet.',
    moved: 'The clock went from {{from}} to {{to}}.',
    quiet: 'Nothing was scheduled in that interval.',
    rotated:
      'KMS rotated the key {{key}} in {{region}} automatically ({{date}}): from then on it encrypts with new key material and still decrypts what came before.',
    deleted:
      'KMS deleted the key {{key}} in {{region}} ({{date}}) as its waiting period ended. Its key material is gone: whatever it encrypted can no longer be decrypted.',
    expired:
      'The imported key material of {{key}} in {{region}} expired ({{date}}) and KMS deleted it: the key is Pending import and decrypts nothing until you import the same material again.',
    synchronized:
      'KMS synchronized the multi-Region key {{key}} in {{region}} ({{date}}): it shares the material and rotation of its primary and is ready to use.',
  },
  announce: 'Simulated date: {{date}}. Events that happened: {{count}}.',
};
