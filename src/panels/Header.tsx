import { useEffect } from 'react';
import { localize } from '../model/language';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { FileStatus, useTitlePrefix } from './FileStatus';
import { LanguageSwitches } from './LanguageSwitches';
import { LiveBadgeHost } from './live/LiveBadgeHost';
import { MenuBar } from './MenuBar';
import { Toolbar } from './Toolbar';

/** The document's title (in the diagram language) and the main toolbar. */
export function Header() {
  const t = useT();
  const meta = useAppStore((s) => s.doc.meta);
  const lang = useAppStore((s) => s.diagramLang);
  const title = localize(meta.title, meta.labels, lang, meta.language).text;
  const appTitle = t('app.title');
  // The file's name and an unsaved marker come first (issue 16).
  const prefix = useTitlePrefix();
  // The browser tab names the model and the app, in the languages shown (issue 6).
  useEffect(() => {
    document.title = prefix + (title ? `${title} · ${appTitle}` : appTitle);
  }, [title, appTitle, prefix]);
  return (
    <header className="tm-header">
      <MenuBar />
      <div className="tm-brand">
        <span className="tm-app-name">{t('app.title')}</span>
        <h1 className="tm-doc-title" title={title}>
          {title}
        </h1>
        <FileStatus />
      </div>
      <LiveBadgeHost />
      <LanguageSwitches />
      <Toolbar />
    </header>
  );
}
