// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallModel } from '../model/testing/editFixtures';
import { useAppStore } from '../store/appStore';
import { LanguageSwitches } from './LanguageSwitches';

beforeEach(() => {
  const doc = smallModel();
  doc.meta = { title: '小模型', language: 'zh-CN', labels: { en: 'Small model' } };
  doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, labels: { en: 'A one' } } : n));
  useAppStore.setState({ doc, uiLang: 'en', diagramLang: 'zh', toolPanel: null, problemsFilter: null });
});
afterEach(cleanup);

describe('Language switches', () => {
  it('switches the diagram language and counts the labels left untranslated in it', () => {
    render(<LanguageSwitches />);
    const group = screen.getByRole('radiogroup', { name: 'Diagram language' });
    expect(screen.queryByRole('button', { name: /Untranslated/ })).toBeNull(); // the original language misses nothing
    fireEvent.click(within(group).getByRole('radio', { name: 'English' }));
    expect(useAppStore.getState().diagramLang).toBe('en');
    // g1, d1, a2, r1 have no English label (a1 and the title do).
    const count = screen.getByRole('button', { name: 'Untranslated labels: 4' });
    fireEvent.click(count);
    expect(useAppStore.getState()).toMatchObject({ toolPanel: 'problems', problemsFilter: 'missing-translation' });
  });

  it('switches the interface language, and the page language with it', async () => {
    render(<LanguageSwitches />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Interface language' }), { target: { value: 'zh' } });
    // The other language's strings load on the first switch (issue 15); then the UI changes at once.
    expect(await screen.findByRole('radiogroup', { name: '图的语言' }, { timeout: 15_000 })).toBeTruthy();
    expect(useAppStore.getState().uiLang).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
