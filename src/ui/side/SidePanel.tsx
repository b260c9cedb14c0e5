import { TryEncryptionPanel } from '../panel/TryEncryptionPanel';

/** The panel beside the canvas: the inspector of the selected key and the operations. */
export function SidePanel() {
  return <TryEncryptionPanel />;
}
