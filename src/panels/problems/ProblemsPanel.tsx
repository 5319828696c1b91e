import { useMemo } from 'react';
import type { StringKey } from '../../i18n/strings';
import { checkModel, isRuleEnabled, RULES } from '../../model/lint';
import { useAppStore } from '../../store/appStore';
import { selectContent } from '../../store/contentSelector';
import { setCheckEnabled } from '../../store/documentActions';
import { useT } from '../../store/hooks';
import { revealTarget } from '../revealTarget';
import { ToolPanel } from '../ToolPanel';
import { problemMessage, SEVERITY_ORDER } from './problemMessage';

/**
 * The model checks: every problem of the enabled rules, worst first; clicking one selects its
 * element and brings it into view. "Checks" lists the rules; switching one off is an edit saved
 * with the model (and undoable), so a school can turn off what does not apply to it.
 */
export function ProblemsPanel() {
  const t = useT();
  const doc = useAppStore(selectContent);
  const lang = useAppStore((s) => s.diagramLang);
  const filter = useAppStore((s) => s.problemsFilter);
  const filterRule = RULES.find((r) => r.id === filter);
  const problems = useMemo(() => {
    const list = filterRule ? filterRule.check(doc) : checkModel(doc);
    return [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  }, [doc, filterRule]);

  return (
    <ToolPanel title={t('problems.title')}>
      {filterRule && (
        <div className="tm-filter">
          <span>{t('problems.filtered', { rule: t(filterRule.label as StringKey) })}</span>
          <button type="button" className="tm-button" onClick={() => useAppStore.getState().setToolPanel('problems')}>
            {t('problems.showAll')}
          </button>
        </div>
      )}
      <p className="tm-tool-count" role="status">
        {problems.length === 0 ? t('problems.none') : t('problems.count', { count: problems.length })}
      </p>
      <ul className="tm-tool-list">
        {problems.map((p, i) => (
          <li key={`${p.rule}-${i}`}>
            <button type="button" className="tm-tool-item" onClick={() => revealTarget(p.target)}>
              <span className={`tm-sev tm-sev-${p.severity}`}>{t(`severity.${p.severity}` as StringKey)}</span>
              {problemMessage(doc, p, lang, t)}
            </button>
          </li>
        ))}
      </ul>
      <details className="tm-rules">
        <summary>{t('problems.rules')}</summary>
        <ul>
          {RULES.map((rule) => (
            <li key={rule.id}>
              <label>
                <input
                  type="checkbox"
                  checked={isRuleEnabled(doc, rule)}
                  onChange={(e) => setCheckEnabled(rule, e.target.checked)}
                />
                {t(rule.label as StringKey)}
              </label>
            </li>
          ))}
        </ul>
        <p>{t('problems.rulesHint')}</p>
      </details>
    </ToolPanel>
  );
}
