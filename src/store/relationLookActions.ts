import type { ArrowHead, ArrowStyle, LineStyle } from '../model/types';
import { setRelationArrow, setRelationHead, setRelationLine, setRelationWidth } from '../model/vocabularyEdits';
import { useAppStore } from './appStore';
import { endFieldEdit } from './fieldSession';

/**
 * Named store actions for a relation type's look (issue 10: pattern, width, arrowheads). Each is one
 * `edit()` over a pure model edit, so one undo step (none when nothing changes); a field edit still
 * open elsewhere in the dialog is ended first, so it cannot absorb this step.
 */
function restyle(change: Parameters<ReturnType<typeof useAppStore.getState>['edit']>[0]): void {
  endFieldEdit();
  useAppStore.getState().edit(change);
}

export const setRelationLineAction = (id: string, line: LineStyle) => restyle((d) => setRelationLine(d, id, line));
export const setRelationArrowAction = (id: string, arrow: ArrowStyle) => restyle((d) => setRelationArrow(d, id, arrow));
export const setRelationHeadAction = (id: string, head: ArrowHead) => restyle((d) => setRelationHead(d, id, head));
export const setRelationWidthAction = (id: string, width: number) => restyle((d) => setRelationWidth(d, id, width));
