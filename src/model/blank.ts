import { FORMAT_NAME, FORMAT_VERSION, type TheoryModel, type Vocabulary } from './types';

/** The actor / driver / resource vocabulary the paper's figures use. */
export function paperVocabulary(): Vocabulary {
  return {
    nodeKinds: [
      { id: 'actor', label: '关键主体', color: '#1f4e79', shape: 'rectangle', labels: { en: 'Key actor' } },
      { id: 'driver', label: '关键驱动力', color: '#b45309', shape: 'pill', labels: { en: 'Driver' } },
      { id: 'resource', label: '关键资源', color: '#2e7d32', shape: 'rounded', labels: { en: 'Key resource' } },
    ],
    relationTypes: [
      { id: 'motivates', label: '驱动', color: '#b45309', line: 'dashed', from: ['driver'], to: ['actor'], labels: { en: 'motivates' } },
      { id: 'cooperates', label: '合作', color: '#1f4e79', arrow: 'both', from: ['actor'], to: ['actor'], labels: { en: 'cooperates with' } },
      { id: 'provides', label: '提供', color: '#2e7d32', from: ['actor'], to: ['resource'], labels: { en: 'provides' } },
      { id: 'supports', label: '支撑', color: '#6a1b9a', line: 'dotted', from: ['resource'], to: ['actor'], labels: { en: 'supports' } },
    ],
  };
}

/** A new, empty model with the paper's vocabulary. */
export function blankModel(title = '未命名模型', now = new Date()): TheoryModel {
  const date = now.toISOString();
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title, language: 'zh-CN', created: date, modified: date, labels: { en: 'Untitled model' } },
    vocabulary: paperVocabulary(),
    nodes: [],
    edges: [],
    layout: { direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] },
  };
}
