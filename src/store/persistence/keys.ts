/**
 * Where the browser keeps the user's work (localStorage). Documented in docs/decisions.md
 * ("Autosave"); change these only with a migration, or existing drafts become invisible.
 */

/** The `app` field of every envelope: tells our drafts apart from anything else in storage. */
export const APP_ID = 'theory-model-editor';

/** The current draft: the model as it was after the last change. */
export const DRAFT_KEY = 'theory-model-editor:draft';

/** The draft that was open before `?example=` replaced it at start-up (one level, restorable). */
export const PREVIOUS_DRAFT_KEY = 'theory-model-editor:draft:previous';

/**
 * Prefix of keys holding saved data the app could not read (corrupt, cut off, newer version).
 * It is moved here untouched, never overwritten, never deleted by the app: the user can download it.
 */
export const RECOVERED_PREFIX = 'theory-model-editor:recovered:';

/**
 * Wait this long after the last change before writing: a drag or a burst of typing writes once, at
 * the end. There is deliberately no "max wait": a write in the middle of a drag would cost frames
 * (docs/performance.md, "Autosave"), and hiding or closing the page flushes anyway.
 */
export const SAVE_DELAY_MS = 300;
