import { useEffect, useState } from 'react';
import { services } from '../../commands/services';
import type { PresentationStep } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import {
  addStepFromSelection,
  deleteStep,
  moveStepBy,
  previewStep,
  renameStepField,
  resetToDerivedSteps,
  setStepCameraFrame,
  setStepNotesField,
  setStepToSelection,
  shownSteps,
  startPresenting,
} from '../../store/presentationActions';
import { liveSelection } from '../../store/editActions';
import { ToolPanel } from '../ToolPanel';
import './steps.css';

/**
 * The presentation's steps (issue 14 §4): derived from the vocabulary until the author changes
 * them, then saved with the model. Each change here is one undo step (typing a name or notes: one
 * per field visit). "Show on canvas" previews a step as it will be presented, so "use current
 * view as camera frame" takes the view the author has just arranged.
 */
export function StepsPanel() {
  const t = useT();
  const { steps, authored } = useAppStore(shownSteps);
  const view = useAppStore((s) => s.stepView);
  const hasSelection = useAppStore((s) => {
    const selection = liveSelection(s);
    return selection.nodes.length + selection.edges.length > 0;
  });
  const [busy, setBusy] = useState<string | null>(null);
  // Closing the panel ends the preview.
  useEffect(() => () => void (useAppStore.getState().stepView?.mode === 'preview' && previewStep(null)), []);

  const add = () => {
    const index = addStepFromSelection(t('steps.newName', { index: steps.length + 1 }));
    if (index !== null) previewStep(index);
  };
  const exportAll = async (format: 'png' | 'pdf') => {
    if (!services.exportSteps) return;
    setBusy(format);
    try {
      await services.exportSteps(format);
      useAppStore.getState().notify('info', t('steps.exported', { count: steps.length }));
    } catch (error) {
      useAppStore.getState().notify('error', t('steps.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <ToolPanel title={t('steps.title')}>
      <p className="tm-tool-count">{steps.length === 0 ? t('steps.none') : authored ? t('steps.authored') : t('steps.derived')}</p>
      <div className="tm-steps-actions">
        <button type="button" className="tm-button tm-button-primary" disabled={steps.length === 0} onClick={() => startPresenting(0)}>
          {t('steps.present')}
        </button>
        <button type="button" className="tm-button" disabled={!hasSelection} title={hasSelection ? undefined : t('steps.needSelection')} onClick={add}>
          {t('steps.add')}
        </button>
        <button type="button" className="tm-button" disabled={steps.length === 0 || busy !== null} onClick={() => void exportAll('png')}>
          {t('steps.exportPng')}
        </button>
        <button type="button" className="tm-button" disabled={steps.length === 0 || busy !== null} onClick={() => void exportAll('pdf')}>
          {t('steps.exportPdf')}
        </button>
        {authored && (
          <button type="button" className="tm-button" onClick={() => resetToDerivedSteps()}>
            {t('steps.reset')}
          </button>
        )}
      </div>
      {busy && (
        <p className="tm-tool-count" role="status">
          {t('steps.exporting', { index: (view?.index ?? 0) + 1, count: steps.length })}
        </p>
      )}
      <ol className="tm-steps" aria-label={t('steps.list')}>
        {steps.map((step, i) => (
          <StepItem key={step.id} step={step} index={i} count={steps.length} shown={view?.index === i} />
        ))}
      </ol>
    </ToolPanel>
  );
}

function StepItem({ step, index, count, shown }: { step: PresentationStep; index: number; count: number; shown: boolean }) {
  const t = useT();
  const n = index + 1;
  const nameId = `tm-step-name-${index}`;
  const notesId = `tm-step-notes-${index}`;
  return (
    <li className={shown ? 'tm-step is-shown' : 'tm-step'}>
      <div className="tm-step-head">
        <span className="tm-step-number" aria-hidden="true">
          {n}
        </span>
        <label className="tm-visually-hidden" htmlFor={nameId}>
          {t('steps.name', { index: n })}
        </label>
        <input id={nameId} type="text" value={step.name} onChange={(e) => renameStepField(step.id, e.target.value)} onBlur={endFieldEdit} />
      </div>
      <p className="tm-step-meta">
        {t('steps.elements', { count: step.elementIds.length })}
        {step.camera && ` · ${t('steps.cameraSet')}`}
      </p>
      <div className="tm-step-buttons">
        <button type="button" className="tm-button" aria-pressed={shown} onClick={() => previewStep(shown ? null : index)}>
          {shown ? t('steps.shown') : t('steps.show')}
        </button>
        <button type="button" className="tm-button" onClick={() => startPresenting(index)}>
          {t('steps.presentFrom')}
        </button>
        <button type="button" className="tm-button" onClick={() => setStepToSelection(step.id)}>
          {t('steps.toSelection')}
        </button>
        <button
          type="button"
          className="tm-button"
          onClick={() => {
            const frame = services.viewFrame?.();
            if (frame) setStepCameraFrame(step.id, frame);
          }}
        >
          {t('steps.camera')}
        </button>
        {step.camera && (
          <button type="button" className="tm-button" onClick={() => setStepCameraFrame(step.id, undefined)}>
            {t('steps.clearCamera')}
          </button>
        )}
        <button type="button" className="tm-icon-button" aria-label={t('steps.up', { index: n })} title={t('steps.up', { index: n })} disabled={index === 0} onClick={() => moveStepBy(step.id, -1)}>
          ↑
        </button>
        <button type="button" className="tm-icon-button" aria-label={t('steps.down', { index: n })} title={t('steps.down', { index: n })} disabled={index === count - 1} onClick={() => moveStepBy(step.id, 1)}>
          ↓
        </button>
        <button type="button" className="tm-icon-button" aria-label={t('steps.delete', { index: n })} title={t('steps.delete', { index: n })} onClick={() => deleteStep(step.id)}>
          ×
        </button>
      </div>
      <label className="tm-step-notes-label" htmlFor={notesId}>
        {t('steps.notes', { index: n })}
      </label>
      <textarea id={notesId} rows={2} value={step.notes ?? ''} placeholder={t('steps.notesHint')} onChange={(e) => setStepNotesField(step.id, e.target.value)} onBlur={endFieldEdit} />
    </li>
  );
}
