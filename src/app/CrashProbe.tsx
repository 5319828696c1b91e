/**
 * A test-only way to make one area of the app throw while rendering (issue 17, e2e "crash inside a
 * dialog"). It throws while `window.__TM_TEST_CRASH__` equals its `where` (e.g. `dialog:adapt`).
 * Only a script running in the page can set that property, and no model data can: files, links
 * and drafts are only ever parsed as JSON, never run (and the CSP allows no inline script).
 * Playwright sets it with `page.evaluate` (a dialog checks it when it opens) or `addInitScript` (a
 * panel checks it when it renders, so set it before the page loads). Documented in docs/decisions.md.
 */
declare global {
  interface Window {
    __TM_TEST_CRASH__?: string;
  }
}

export function CrashProbe({ where }: { where: string }) {
  if (typeof window !== 'undefined' && window.__TM_TEST_CRASH__ === where) {
    throw new Error(`Test crash requested in ${where} (window.__TM_TEST_CRASH__)`);
  }
  return null;
}
