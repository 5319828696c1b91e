import { downloadText as saveText } from '../../io/download';

/**
 * Saves text as a file through the browser's download. Used for the backup when storage fails and
 * for unreadable drafts, so the user can always take their data out of the browser.
 */
export type TextDownload = { fileName: string; text: string };

export function downloadText({ fileName, text }: TextDownload, mime = 'application/json'): void {
  saveText(text, fileName, `${mime};charset=utf-8`);
}
