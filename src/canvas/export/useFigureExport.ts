import { useMemo } from 'react';
import { useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { translator } from '../../i18n/translate';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages';
import type { ImageExportOptions } from '../../io/export/options';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';
import { emphasis, withoutHidden } from '../../model/emphasisLooks';
import { primaryLanguage } from '../../model/language';
import { useAppStore } from '../../store/appStore';
import { exportPng, exportSvg, exportSvgFile, planImage, type ExportContext } from './figureExport';
import { exportPdf } from './pdfExport';

/**
 * The figure's own words (the legend heading) follow the DIAGRAM language when the UI has it, so
 * a Chinese figure exported from the English UI says 图例, not "Legend".
 */
function figureLanguage(diagramLang: string, uiLang: UiLanguage): UiLanguage {
  const primary = primaryLanguage(diagramLang);
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : uiLang;
}

/** What an export of the canvas as it is now reads: the model as the view shows it, its language. */
export function figureContext(flow: ReactFlowInstance<FlowNode, RelationFlowEdge>, root: HTMLElement | null): ExportContext {
  const { doc: model, diagramLang, uiLang, focus, filters } = useAppStore.getState();
  const t = translator(figureLanguage(diagramLang, uiLang));
  // An export of a filtered view (issue 14): hidden kinds and relations are not in its legend.
  const doc = withoutHidden(model, emphasis(model, { focus, filters }));
  return { flow, root, doc, lang: diagramLang, legendHeading: t('legend.title') };
}

/** PNG/SVG export bound to this canvas's React Flow instance; reads the store when called. */
export function useFigureExport() {
  const flow = useReactFlow<FlowNode, RelationFlowEdge>();
  const flowStore = useStoreApi<FlowNode, RelationFlowEdge>();
  return useMemo(() => {
    const context = (): ExportContext => figureContext(flow, flowStore.getState().domNode);
    return {
      plan: (options: ImageExportOptions) => planImage(context(), options),
      png: (options: ImageExportOptions) => exportPng(context(), options),
      svg: (options: ImageExportOptions) => exportSvg(context(), options),
      /** SVG with the font option applied (embedding and outlines load lazily). */
      svgFile: (options: ImageExportOptions) => exportSvgFile(context(), options),
      pdf: (options: ImageExportOptions) => exportPdf(context(), options),
    };
  }, [flow, flowStore]);
}

export type FigureExport = ReturnType<typeof useFigureExport>;
