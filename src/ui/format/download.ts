/** Saves bytes or text as a file the user downloads (no server: an object URL). */
export function downloadFile(name: string, content: Uint8Array | string, type: string): void {
  const part: BlobPart =
    typeof content === 'string' ? content : (content.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
