import type { AriaLabelConfig } from '@xyflow/react';
import type { StringKey } from '../i18n/strings';
import type { TFunction } from '../i18n/translate';

const DIRECTIONS: Record<string, StringKey> = { left: 'rf.direction.left', right: 'rf.direction.right', up: 'rf.direction.up', down: 'rf.direction.down' };

/** React Flow names the direction of a keyboard move in English (`left`); say it in the UI language. */
export function directionWord(t: TFunction, direction: string): string {
  const key = DIRECTIONS[direction.toLowerCase()];
  return key ? t(key) : direction;
}

/** React Flow's built-in accessible strings, from our one translation table. */
export function ariaLabelConfig(t: TFunction): Partial<AriaLabelConfig> {
  return {
    // Plus how to reach the node's relations and its menu (issue 14 §6).
    'node.a11yDescription.default': `${t('rf.nodeDescription')} ${t('keys.nodeHint')}`,
    'node.a11yDescription.keyboardDisabled': t('rf.nodeDescription'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('rf.nodeMoved', { direction: directionWord(t, direction), x, y }),
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
