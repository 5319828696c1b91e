// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { CrashProbe } from './CrashProbe';
import { CrashContext, ErrorBoundary } from './ErrorBoundary';

beforeEach(() => useAppStore.setState({ uiLang: 'en' }));
afterEach(() => {
  cleanup();
  delete window.__TM_TEST_CRASH__;
  vi.restoreAllMocks();
});

function Tree({ flush }: { flush: () => void }) {
  return (
    <CrashContext.Provider value={{ flushAutosave: flush }}>
      <p>outside</p>
      <ErrorBoundary area="dialog" name="dialog:test">
        <CrashProbe where="dialog:test" />
        <p>dialog body</p>
      </ErrorBoundary>
    </CrashContext.Provider>
  );
}

describe('ErrorBoundary', () => {
  it('a crash inside shows the message in place, flushes autosave first, logs the stack; Continue shows the area again', () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const flush = vi.fn();
    window.__TM_TEST_CRASH__ = 'dialog:test';
    render(<Tree flush={flush} />);
    expect(screen.getByRole('alert').textContent).toContain('This dialog stopped because of an error in the app');
    expect(screen.getByText('outside')).toBeTruthy();
    expect(screen.queryByText('dialog body')).toBeNull();
    expect(flush).toHaveBeenCalledTimes(1);
    expect(logged.some((l) => l.includes('crash in dialog:test') && l.includes('CrashProbe') && l.includes('Test crash requested'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Download my model' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();

    delete window.__TM_TEST_CRASH__;
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('dialog body')).toBeTruthy();
  });

  it('speaks the user\'s language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    useAppStore.setState({ uiLang: 'zh' });
    window.__TM_TEST_CRASH__ = 'dialog:test';
    render(<Tree flush={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('此对话框已停止');
    expect(screen.getByRole('button', { name: '下载我的模型' })).toBeTruthy();
  });

  it('without the test flag nothing throws', () => {
    render(<Tree flush={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('dialog body')).toBeTruthy();
  });
});
