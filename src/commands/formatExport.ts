/**
 * "Export as…": writes the open model with one of the registry's writers (loaded on demand) and
 * downloads it under the model's file name with the format's extension.
 */
import { translator } from '../i18n/translate';
import { downloadBlob } from '../io/download';
import { formatById } from '../io/formats/registry';
import { fileNameFor } from '../io/serialize';
import { useAppStore } from '../store/appStore';

export async function exportAs(formatId: string): Promise<boolean> {
  const format = formatById(formatId);
  const state = useAppStore.getState();
  const t = translator(state.uiLang);
  if (!format?.canWrite) return false;
  try {
    const module = await format.load();
    if (!module.write) return false;
    const out = await module.write(useAppStore.getState().doc);
    const ext = format.extensions[0].slice(1);
    const blob = 'text' in out ? new Blob([out.text], { type: `${format.mime};charset=utf-8` }) : new Blob([out.bytes as BlobPart], { type: format.mime });
    downloadBlob(blob, fileNameFor(state.doc, ext));
    return true;
  } catch (error) {
    state.notify('error', t('interop.exportAs.failed', { format: format.name, reason: error instanceof Error ? error.message : String(error) }));
    return false;
  }
}
