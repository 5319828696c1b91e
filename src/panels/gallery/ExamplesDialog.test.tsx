// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { smallModel } from '../../model/testing/editFixtures';
import { history, useAppStore } from '../../store/appStore';
import { AdaptDialog } from '../adapt/AdaptDialog';
import { ExamplesDialog } from './ExamplesDialog';

const doc = () => useAppStore.getState().doc;

beforeEach(() => {
  useAppStore.setState({ doc: smallModel(), uiLang: 'en', diagramLang: 'en', dialog: null, adaptSource: null, notices: [] });
  history().clear();
});
afterEach(cleanup);

async function openGallery() {
  render(
    <>
      <ExamplesDialog />
      <AdaptDialog />
    </>,
  );
  await act(() => runCommand(findCommand('examples')!));
  return screen.getByRole('dialog', { name: 'Examples' });
}

describe('Examples gallery', () => {
  it('lists the figures, the blank model, the template and the worked examples, in that order', async () => {
    const dialog = await openGallery();
    const cards = await within(dialog).findAllByRole('article');
    await within(dialog).findByText(/Foshan's regional "X" certificate system/);
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      expect.stringMatching(/^Theoretical model .*Ningbo's smart-manufacturing/),
      expect.stringMatching(/Y School/),
      'Blank model',
      expect.stringMatching(/^TemplateTheoretical model of implementing the Certificate certificate system based on Region's Industry/),
      expect.stringMatching(/cross-border e-commerce/),
      expect.stringMatching(/Foshan/),
    ]);
  });

  it('opening an example replaces the model as one undoable step, with a notice', async () => {
    const dialog = await openGallery();
    const card = await within(dialog).findByRole('article', { name: /Y School/ });
    const before = doc();
    fireEvent.click(within(card).getByRole('button', { name: 'Open' }));
    expect(doc().meta.title).toContain('Y 校');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().notices.at(-1)?.text).toMatch(/^Opened “Theoretical model .*Undo to go back\.$/);
    history().undo();
    expect(doc()).toBe(before);
  });

  it('a template card opens the wizard on that template', async () => {
    const dialog = await openGallery();
    const card = await within(dialog).findByRole('article', { name: /^Template/ });
    await within(card).findByText(/28 elements/);
    fireEvent.click(within(card).getByRole('button', { name: 'Adapt to my industry…' }));
    const wizard = screen.getByRole('dialog', { name: 'Adapt to my industry' });
    expect(((await within(wizard).findByLabelText('Region')) as HTMLInputElement).value).toBe('宁波');
    expect((within(wizard).getByLabelText('Region in English') as HTMLInputElement).value).toBe('Ningbo');
  });
});
