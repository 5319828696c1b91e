/**
 * The autosave engine, free of React, zustand and the DOM: it is given the storage, a clock and a
 * way to read the current document, and reports what happened through `onEvent`. `bind.ts` wires
 * it to the store, the page's lifecycle events and the notices.
 *
 *  - debounced: a change schedules a write SAVE_DELAY_MS later; more changes push it back (so a
 *    write never lands in the middle of a drag); `flush()` writes at once (page hidden or closed);
 *  - write only when the document object differs from the one last written (documents are
 *    immutable, so reference inequality is "changed"; undoing back to it writes nothing);
 *  - never over newer work of another tab (tabs.ts), never over data it cannot read (recover.ts);
 *  - a failed write (storage full or unavailable) changes nothing in memory and is retried on the
 *    next change or flush.
 */
import type { TheoryModel } from '../../model/types';
import { encodeEnvelope, makeEnvelope, peekHead, type DraftHead } from './envelope';
import { DRAFT_KEY, SAVE_DELAY_MS } from './keys';
import { moveToRecovered, unreadableDownload, type DraftDownload } from './recover';
import { classifyStorageError, errorText, type StorageFault, type StorageGetter, type StorageLike } from './storage';
import { decideWrite, isNewerElsewhere, takeOverFrom, type TabPosition } from './tabs';

export type Clock = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** Real time; looked up at call time so Vitest's fake timers apply. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type AutosaveEvent =
  | { kind: 'saved'; revision: number }
  | { kind: 'failed'; fault: StorageFault; message: string }
  /** Another tab saved newer work; this tab has stopped writing until told what to do. */
  | { kind: 'conflict'; theirs: DraftHead }
  /** Unreadable data turned up under the draft key; it was moved away before writing. */
  | { kind: 'recovered'; key: string; download: DraftDownload };

export type AutosaverOptions = {
  storage: StorageGetter;
  getDoc: () => TheoryModel;
  tabId: string;
  onEvent: (event: AutosaveEvent) => void;
  clock?: Clock;
  key?: string;
  delayMs?: number;
  /**
   * True while a gesture is under way (a node drag, a pan): a due write waits until it has ended,
   * since `setItem` on a large draft costs tens of milliseconds and would land inside the gesture
   * whenever slow frames let the debounce expire between pointer moves (issue 15).
   */
  busy?: () => boolean;
};

export type AutosaveMode = 'saving' | 'conflict';

export class Autosaver {
  private readonly opts: Required<Omit<AutosaverOptions, 'clock'>> & { clock: Clock };
  /** How often a write held back by a gesture checks again whether the gesture has ended. */
  static readonly BUSY_RETRY_MS = 100;
  private position: TabPosition;
  private written: TheoryModel | null = null;
  private timer: unknown = null;
  private state: AutosaveMode = 'saving';

  constructor(options: AutosaverOptions) {
    // `??`, not spread defaults: an option passed as `undefined` must still get its default.
    this.opts = {
      ...options,
      key: options.key ?? DRAFT_KEY,
      delayMs: options.delayMs ?? SAVE_DELAY_MS,
      clock: options.clock ?? systemClock,
      busy: options.busy ?? (() => false),
    };
    this.position = { tabId: options.tabId, baseRevision: 0 };
  }

  get mode(): AutosaveMode {
    return this.state;
  }
  get baseRevision(): number {
    return this.position.baseRevision;
  }
  /** The document object last written (or adopted); null before the first. */
  get lastWritten(): TheoryModel | null {
    return this.written;
  }
  get pending(): boolean {
    return this.timer !== null;
  }

  /** `doc` is what storage holds at `revision` (restored, or loaded from another tab): nothing to write. */
  adopt(doc: TheoryModel, revision: number): void {
    this.cancelTimer();
    this.written = doc;
    this.position = { ...this.position, baseRevision: Math.max(this.position.baseRevision, revision) };
    this.state = 'saving';
  }

  /** The document may have changed: write soon. */
  changed(): void {
    if (this.state === 'conflict') return;
    const { clock, delayMs } = this.opts;
    if (this.timer !== null) clock.clearTimeout(this.timer);
    this.timer = clock.setTimeout(() => this.due(), delayMs);
  }

  /** The debounce ran out: write now, or once the gesture under way has ended. */
  private due(): void {
    this.timer = null;
    if (this.opts.busy()) {
      this.timer = this.opts.clock.setTimeout(() => this.due(), Autosaver.BUSY_RETRY_MS);
      return;
    }
    this.write(false);
  }

  /** Write now if anything is unsaved (the page is being hidden or closed). */
  flush(): void {
    this.write(false);
  }

  /** "Keep mine and save here": take over from the other tab and write this tab's document now. */
  takeOver(): void {
    const storage = this.open();
    if (!storage) return;
    let stored: DraftHead | null = null;
    try {
      const raw = storage.getItem(this.opts.key);
      stored = raw === null ? null : peekHead(raw);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.position = takeOverFrom(stored, this.position);
    this.state = 'saving';
    // Storage now holds their document, so "unchanged since my last write" no longer means saved.
    this.write(true);
  }

  /** A `storage` event from another tab. */
  storageEvent(key: string | null, newValue: string | null): void {
    if (key !== this.opts.key || newValue === null || this.state === 'conflict') return;
    const head = peekHead(newValue);
    if (head && isNewerElsewhere(head, this.position)) this.enterConflict(head);
  }

  dispose(): void {
    this.cancelTimer();
  }

  private write(force: boolean): void {
    this.cancelTimer();
    if (this.state === 'conflict') return;
    const doc = this.opts.getDoc();
    if (!force && doc === this.written) return;
    const storage = this.open();
    if (!storage) return;
    const { key, tabId, clock } = this.opts;
    try {
      const raw = storage.getItem(key);
      let stored = raw === null ? null : peekHead(raw);
      if (raw !== null && stored === null) {
        // Not ours or not readable: keep it (moveToRecovered throws if it cannot, and then we don't write).
        const now = clock.now();
        const recoveredKey = moveToRecovered(storage, raw, now, key);
        this.opts.onEvent({ kind: 'recovered', key: recoveredKey, download: unreadableDownload(raw, now) });
        stored = null;
      }
      const decision = decideWrite(stored, this.position);
      if (decision.kind === 'conflict') {
        this.enterConflict(decision.theirs);
        return;
      }
      storage.setItem(key, encodeEnvelope(makeEnvelope(doc, decision.revision, tabId, clock.now())));
      this.written = doc;
      this.position = { ...this.position, baseRevision: decision.revision };
      this.opts.onEvent({ kind: 'saved', revision: decision.revision });
    } catch (error) {
      this.fail(error);
    }
  }

  private open(): StorageLike | null {
    try {
      return this.opts.storage();
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private fail(error: unknown): void {
    this.opts.onEvent({ kind: 'failed', fault: classifyStorageError(error), message: errorText(error) });
  }

  private enterConflict(theirs: DraftHead): void {
    this.cancelTimer();
    this.state = 'conflict';
    this.opts.onEvent({ kind: 'conflict', theirs });
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
