import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { matchesShortcut } from '../commands/keys';
import { runCommand } from '../commands/run';
import { absolutePosition, nodesById } from '../model/geometry';
import { commands } from '../commands/table';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { directionWord } from './ariaLabels';

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * Arrow keys on a focused node. React Flow moves selected nodes itself when a node has keyboard
 * focus (5px, Shift 20px); we take those keys first (capture phase) so that every way of nudging
 * runs the one `nudge`/`nudgeFar` command: the same steps (5px, Shift 10px), one undo step per
 * press. React Flow's spoken "moved" message is kept by writing it to its live region ourselves.
 */
export function useArrowKeys() {
  const rf = useStoreApi();
  const t = useT();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!ARROWS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('.react-flow__node, .react-flow__nodesselection')) return;
      const shortcut = event.shiftKey ? `Shift+${event.key}` : event.key;
      const command = commands.find((c) => c.shortcuts?.some((s) => s === shortcut && matchesShortcut(event, s)));
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      void runCommand(command, shortcut).then(() => {
        const { doc, selection } = useAppStore.getState();
        const id = [...selection.nodes][0];
        const byId = nodesById(doc);
        if (id === undefined || !byId.has(id)) return;
        const { x, y } = absolutePosition(byId, id);
        rf.setState({ ariaLiveMessage: t('rf.nodeMoved', { direction: directionWord(t, event.key.replace('Arrow', '')), x: Math.round(x), y: Math.round(y) }) });
      });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [rf, t]);
}
