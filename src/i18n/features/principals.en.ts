import type { Widen } from '../messages';
import type { principalsEs } from './principals.es';

/** English texts of the principals feature: exactly the Spanish keys. */
export const principalsEn: Widen<typeof principalsEs> = {
  title: 'Who calls KMS',
  you: 'You',
  kind: {
    root: 'Root user',
    user: 'IAM user',
    role: 'IAM role',
    service: 'AWS service',
  },
  node: '{{kind}} {{name}}',
  callerNode: 'You: {{kind}} of account {{name}}',
  outside: {
    title: 'Outside AWS',
    hint: 'Whoever does not call the KMS API: for example, encrypts with a downloaded public key.',
    node: 'Outside AWS: whoever does not call the KMS API',
  },
};
