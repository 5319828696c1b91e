/**
 * Saves text as a file through the browser's download. Used for the backup when storage fails and
 * for unreadable drafts, so the user can always take their data out of the browser.
 */
export type TextDownload = { fileName: string; text: string };

export function downloadText({ fileName, text }: TextDownload, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
