import { useApp } from '../app/useApp';
import { downloadFile } from '../format/download';

/** Downloads an unreadable saved world, by id, as the JSON file the store writes. */
export function useExportUnreadable(): (id: number) => Promise<void> {
  const exportUnreadable = useApp((s) => s.exportUnreadable);
  return async (id) => {
    const file = await exportUnreadable(id);
    if (file) downloadFile(file.name, file.text, 'application/json');
  };
}
