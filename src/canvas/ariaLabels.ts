import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from '../i18n/translate';

/** React Flow's built-in accessible strings, from our one translation table. */
export function ariaLabelConfig(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('rf.nodeDescription'),
    'node.a11yDescription.keyboardDisabled': t('rf.nodeDescription'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('rf.nodeMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('rf.edgeDescription'),
    'controls.ariaLabel': t('rf.controls'),
    'controls.zoomIn.ariaLabel': t('rf.zoomIn'),
    'controls.zoomOut.ariaLabel': t('rf.zoomOut'),
    'controls.fitView.ariaLabel': t('rf.fitView'),
    'controls.interactive.ariaLabel': t('rf.interactive'),
    'minimap.ariaLabel': t('rf.minimap'),
    'handle.ariaLabel': t('rf.handle'),
  };
}
