/**
 * Opening a share link at start-up (issue 6). The link's fragment is read through the one import
 * path (io/link.ts → importModel, source 'link'); a refused link is an alert and the app opens as
 * usual. The fragment is then removed from the address, so a reload shows the saved draft (which by
 * then holds the shared model and any edits) instead of opening the link again over it.
 */
import { formatMessages } from '../i18n/message';
import type { TFunction } from '../i18n/translate';
import { importReason } from '../commands/importReason';
import { readModelLink } from '../io/link';
import type { ImportErrorCode } from '../io/types';
import type { StringKey } from '../i18n/strings';
import type { TheoryModel } from '../model/types';
import { useAppStore } from '../store/appStore';

const REASONS: Partial<Record<ImportErrorCode, StringKey>> = {
  'too-large': 'link.reason.too-large',
  'not-json': 'link.reason.damaged',
  empty: 'link.reason.damaged',
};

function replaceBrowserHash(hash: string) {
  if (typeof window === 'undefined') return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}

/**
 * The model a `#model=…` fragment holds, or null (none, or refused: then an alert says why).
 * This module, lz-string and the full import path arrive only with a fragment that names a model
 * (issue 15; `takeSharedModel` in startup.ts).
 */
export async function takeSharedModel(hash: string, t: TFunction, replaceHash: (hash: string) => void = replaceBrowserHash): Promise<TheoryModel | null> {
  if (!hash.includes('model=')) return null;
  const result = readModelLink(hash);
  if (result === null) return null;
  replaceHash('');
  if (result.ok) {
    if (result.report.length > 0) useAppStore.getState().notify('warning', t('import.repaired', { count: result.report.length }), formatMessages(t, result.report.map((n) => n.message)));
    return result.model;
  }
  const lang = useAppStore.getState().uiLang;
  const reason = result.error.code === 'over-limit' ? importReason(t, result.error, lang) : t(REASONS[result.error.code] ?? 'link.reason.invalid');
  useAppStore.getState().notify('error', t('link.refused', { reason }), formatMessages(t, [result.error.message, ...(result.error.details ?? [])]));
  return null;
}
