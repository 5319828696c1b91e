import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { encodeModel } from '../io/link';
import { smallModel } from '../model/testing/editFixtures';
import { useAppStore } from '../store/appStore';
import { takeSharedModel } from './sharedLink';

const t = translator('en');

beforeEach(() => useAppStore.setState({ notices: [] }));

describe('takeSharedModel', () => {
  it('returns the linked model and removes the fragment from the address', async () => {
    const cleared: string[] = [];
    const model = await takeSharedModel(`#model=${encodeModel(smallModel())}`, t, (h) => cleared.push(h));
    expect(model?.nodes.map((n) => n.id)).toEqual(smallModel().nodes.map((n) => n.id));
    expect(cleared).toEqual(['']);
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('does nothing without a #model= fragment', async () => {
    const cleared: string[] = [];
    expect(await takeSharedModel('#section', t, (h) => cleared.push(h))).toBeNull();
    expect(cleared).toEqual([]);
  });

  it('turns a tampered link into an alert and opens nothing', async () => {
    const good = encodeModel(smallModel());
    expect(await takeSharedModel(`#model=${good.slice(0, 40)}`, t, () => {})).toBeNull();
    const [notice] = useAppStore.getState().notices;
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(/^The shared link could not be opened: it is damaged or incomplete\. The app opened as usual\./);
  });
});
