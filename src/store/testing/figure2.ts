import { readFileSync } from 'node:fs';
import { importModel } from '../../io/importModel';
import type { TheoryModel } from '../../model/types';

/** Figure 2 of the paper, loaded through THE import path (tests only: reads the file with node:fs). */
export function loadFigure2(): TheoryModel {
  const text = readFileSync(new URL('../../../examples/figure-2.json', import.meta.url), 'utf8');
  const result = importModel(text, { source: 'file' });
  if (!result.ok) throw new Error(`figure-2.json did not import: ${result.error.message}`);
  return result.model;
}
