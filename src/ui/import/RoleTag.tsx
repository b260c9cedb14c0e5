import { useTranslation } from 'react-i18next';

const STYLE = {
  owner: 'border-indigo-300 bg-indigo-50 text-indigo-900',
  workstation: 'border-amber-300 bg-amber-50 text-amber-900',
} as const;

/** Who acts in a step: the key owner calling KMS, or the owner's workstation outside AWS. */
export function RoleTag({ role }: { role: keyof typeof STYLE }) {
  const { t } = useTranslation();
  return (
    <p
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[role]}`}
    >
      {t(`byok.roles.${role}`)}
    </p>
  );
}
