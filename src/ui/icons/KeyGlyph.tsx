/**
 * KMS Lab's key: the app's mark and every key node's icon. An AWS managed key adds a small
 * "T" (a tag) to the bow, so the shape differs as well as the colour.
 */
export function KeyGlyph({
  className,
  awsManaged = false,
}: {
  className: string;
  awsManaged?: boolean;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="8" cy="15" r="4" />
      <path d="m10.85 12.15 8.65-8.65M18 5l2 2M15 8l2 2" />
      {awsManaged && <path d="M3 4h6M6 4v5" />}
    </svg>
  );
}
