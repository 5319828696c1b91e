import { memo } from 'react';
import { KindSwatch } from '../canvas/Swatches';
import { addNodeOfKind } from '../commands/editCommands';
import { services } from '../commands/services';
import { findCommand } from '../commands/table';
import { runCommand } from '../commands/run';
import { localize } from '../model/language';
import { GROUP_KIND } from '../model/types';
import { GROUP_KIND_DEFAULT } from '../model/vocabulary';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import './editing.css';

/**
 * Left of the canvas: one button per vocabulary kind, plus a group box. A click adds the element
 * at the centre of the view and selects it. Kind names are shown in the interface language.
 */
function PaletteView() {
  const t = useT();
  const kinds = useAppStore((s) => s.doc.vocabulary.nodeKinds);
  const original = useAppStore((s) => s.doc.meta.language);
  const uiLang = useAppStore((s) => s.uiLang);
  const lastKind = useAppStore((s) => s.lastKind);
  const name = (label: string, labels?: Record<string, string>) => localize(label, labels, uiLang, original).text;
  const addGroup = findCommand('addGroup');

  return (
    <div role="toolbar" aria-orientation="vertical" aria-label={t('palette.label')} className="tm-palette">
      {kinds
        .filter((k) => k.id !== GROUP_KIND)
        .map((kind) => {
          const text = name(kind.label, kind.labels);
          return (
            <button
              key={kind.id}
              type="button"
              className={`tm-palette-item${kind.id === lastKind ? ' is-last' : ''}`}
              aria-label={t('palette.add', { kind: text })}
              title={t('palette.add', { kind: text })}
              onClick={() => addNodeOfKind(kind.id, services)}
            >
              <KindSwatch color={kind.color} shape={kind.shape ?? 'rounded'} />
              <span className="tm-palette-text">{text}</span>
            </button>
          );
        })}
      {addGroup && (
        <button type="button" className="tm-palette-item" aria-label={t('cmd.addGroup')} title={t('cmd.addGroup')} onClick={() => void runCommand(addGroup)}>
          <KindSwatch color={GROUP_KIND_DEFAULT.color} shape="rectangle" />
          <span className="tm-palette-text">{name(GROUP_KIND_DEFAULT.label, GROUP_KIND_DEFAULT.labels)}</span>
        </button>
      )}
    </div>
  );
}

export const Palette = memo(PaletteView);
