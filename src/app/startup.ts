import { DEFAULT_EXAMPLE, hasExample, loadExampleText } from '../io/examples';
import { importModel } from '../io/importModel';
import { chooseUiLanguage } from '../i18n/translate';
import { translator } from '../i18n/translate';
import { history, useAppStore } from '../store/appStore';

/**
 * What the app opens on: `?example=NAME` if given (an unknown name says so and opens the
 * default), otherwise Figure 2. The UI language follows `?lang=`, then the browser.
 */
export async function startUp(location: { search: string }, languages: readonly string[]): Promise<void> {
  const store = useAppStore.getState();
  const uiLang = chooseUiLanguage(location.search, languages);
  store.setUiLang(uiLang);
  store.setDiagramLang(uiLang === 'zh' ? 'zh' : 'en');
  const t = translator(uiLang);

  const params = new URLSearchParams(location.search);
  const asked = params.get('example');
  let name = DEFAULT_EXAMPLE;
  if (asked !== null) {
    if (hasExample(asked)) name = asked;
    else store.notify('warning', t('notice.unknownExample', { name: asked }));
  }
  await openExample(name, t);
}

async function openExample(name: string, t: ReturnType<typeof translator>): Promise<void> {
  const store = useAppStore.getState();
  try {
    const result = importModel(await loadExampleText(name), { source: 'file' });
    if (!result.ok) {
      store.notify('error', t('notice.exampleFailed', { name, reason: result.error.message }));
      return;
    }
    store.replaceDocument(result.model);
    history().clear();
  } catch (error) {
    store.notify('error', t('notice.exampleFailed', { name, reason: error instanceof Error ? error.message : String(error) }));
  }
}
