import { lazy, Suspense, useState } from 'react';
import { useApp } from '../app/useApp';

const IdentitiesDialog = lazy(() =>
  import('./IdentitiesDialog').then((m) => ({ default: m.IdentitiesDialog })),
);

/**
 * Where the identities dialog lives: loaded the first time an identity is shown (it is not
 * part of the first paint), then kept, so closing it hands focus back as a <dialog> does.
 */
export function IdentitiesDialogSlot() {
  const wanted = useApp((s) => s.shownIdentity !== undefined);
  const [loaded, setLoaded] = useState(false);
  if (wanted && !loaded) setLoaded(true);
  return loaded ? (
    <Suspense fallback={null}>
      <IdentitiesDialog />
    </Suspense>
  ) : null;
}
