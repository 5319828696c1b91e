import { activeEditor } from './activeEditor';
import { loader } from './laterParts';

/**
 * Copy, cut, paste and duplicate (clipboardActions.ts), loaded after first paint with the other
 * later parts (issue 15): nothing copies before the page is up, and the fragment code is not part
 * of what the first load has to fetch. Whoever uses it before it has loaded waits for it.
 */
export const clipboardActions = loader(() => import('./clipboardActions'), { preload: true });

/** The last text this tab copied: the fallback when the system clipboard cannot be read. */
export const lastCopiedText = () => activeEditor().session.lastCopied;
