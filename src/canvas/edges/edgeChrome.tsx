import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from '@xyflow/react';
import { useT } from '../../store/hooks';
import { domNodeOf, labelLayerIn } from './labelLayer';

/** What every edge label needs from the canvas: the layer it portals into and its tooltip. */
type EdgeChrome = { domNode: HTMLDivElement | null; labelTitle: string };

const EdgeChromeContext = createContext<EdgeChrome>({ domNode: null, labelTitle: '' });

/**
 * Read once for all labels, around the canvas: as a store selector in each label (the canvas
 * element from React Flow's store, the language from the app's), 1,500 labels added 3,000
 * selectors to every store update, on every drag frame (issue 15). A context changes only when the
 * canvas mounts or the language changes.
 */
export function EdgeChromeProvider({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const t = useT();
  const labelTitle = t('edge.label.drag');
  const value = useMemo(() => ({ domNode, labelTitle }), [domNode, labelTitle]);
  return <EdgeChromeContext.Provider value={value}>{children}</EdgeChromeContext.Provider>;
}

/** The label layer and the label's tooltip. */
export function useLabelChrome(): { layer: Element | null; title: string } {
  const { domNode, labelTitle } = useContext(EdgeChromeContext);
  return { layer: labelLayerIn(domNode), title: labelTitle };
}
