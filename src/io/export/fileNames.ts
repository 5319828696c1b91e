/**
 * Download names for exported images: the model title made safe by `fileBaseName` (Chinese kept,
 * characters that break file names removed), plus the resolution so a 2× and a 300-dpi export of
 * one model don't overwrite each other: `图2@2x.png`, `图2-300dpi.png`, `图2.svg`.
 */
import type { TheoryModel } from '../../model/types';
import { fileNameFor } from '../fileName';
import type { ImageFormat, Resolution } from './options';

export function imageFileName(model: Pick<TheoryModel, 'meta'>, format: ImageFormat, resolution: Resolution): string {
  if (format === 'svg') return fileNameFor(model, 'svg');
  if (format === 'pdf') return fileNameFor(model, 'pdf');
  const suffix = resolution.mode === 'dpi' ? `-${resolution.dpi}dpi` : resolution.scale === 1 ? '' : `@${resolution.scale}x`;
  const name = fileNameFor(model, 'png');
  return `${name.slice(0, -'.png'.length)}${suffix}.png`;
}
