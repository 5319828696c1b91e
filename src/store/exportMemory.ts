import { DEFAULT_IMAGE_OPTIONS, type ImageExportOptions } from '../io/export/options';
import { activeEditor } from './activeEditor';

/** The export dialog's last choices in this editor (exporting the same figure again is one click). */
export const rememberedImageExport = (): ImageExportOptions => activeEditor().session.imageExport ?? DEFAULT_IMAGE_OPTIONS;

export function rememberImageExport(options: ImageExportOptions): void {
  activeEditor().session.imageExport = options;
}
