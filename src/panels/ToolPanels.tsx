import { useAppStore } from '../store/appStore';
import { FindPanel } from './findReplace/FindPanel';
import { ProblemsPanel } from './problems/ProblemsPanel';

/** The open tool panel, if any (issue 6): Find and replace, or Problems. */
export function ToolPanels() {
  const panel = useAppStore((s) => s.toolPanel);
  if (panel === 'find') return <FindPanel />;
  if (panel === 'problems') return <ProblemsPanel />;
  return null;
}
