/**
 * Seeded synthetic models for the export benchmark (scripts/bench-export.ts) and the large-model
 * e2e test: `n` elements in a grid of `columns`, a few groups, ~1.2 edges per element of every
 * relation type, Chinese labels of varying length. Not imported by the app.
 */
import { seededRandom } from '../../../model/random';
import { FORMAT_NAME, FORMAT_VERSION, type ModelEdge, type ModelNode, type TheoryModel } from '../../../model/types';

const WORDS = ['学校', '企业', '学生', '教师', '培训', '评价', '资源', '课程', '项目', '证书', '技能', '岗位', '合作', '实践', '平台', '数据'];
const KINDS = ['actor', 'driver', 'resource'] as const;
const RELATIONS = ['motivates', 'cooperates', 'provides', 'supports'] as const;

export type BigModelOptions = { nodes: number; columns?: number; seed?: number; groups?: number; edgesPerNode?: number };

export function bigModel({ nodes: count, columns = Math.ceil(Math.sqrt(count * 2)), seed = 42, groups = 4, edgesPerNode = 1.2 }: BigModelOptions): TheoryModel {
  const rnd = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const label = () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => pick(WORDS)).join('');
  const nodes: ModelNode[] = [];
  const groupCount = Math.min(groups, Math.floor(count / 10));
  for (let g = 0; g < groupCount; g++) {
    nodes.push({ id: `g${g}`, kind: 'group', label: `分组${g + 1}`, position: { x: g * 560, y: -400 }, size: { width: 520, height: 340 } });
  }
  for (let i = 0; i < count; i++) {
    const inGroup = i < groupCount * 4 ? `g${Math.floor(i / 4)}` : undefined;
    const position = inGroup ? { x: 20 + (i % 2) * 250, y: 50 + (Math.floor(i / 2) % 2) * 140 } : { x: (i % columns) * 260, y: Math.floor(i / columns) * 170 };
    nodes.push({ id: `n${i}`, kind: KINDS[i % 3], label: label(), position, ...(inGroup ? { parent: inGroup } : {}) });
  }
  const edges: ModelEdge[] = [];
  const elementIds = nodes.filter((n) => n.kind !== 'group').map((n) => n.id);
  for (let e = 0; e < Math.round(count * edgesPerNode); e++) {
    const source = pick(elementIds);
    let target = pick(elementIds);
    if (target === source) target = elementIds[(elementIds.indexOf(source) + 1) % elementIds.length];
    edges.push({ id: `e${e}`, source, target, relation: pick(RELATIONS) });
  }
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: `合成模型（${count} 个要素）`, language: 'zh-CN' },
    vocabulary: {
      nodeKinds: [
        { id: 'actor', label: '关键主体', color: '#1f4e79', shape: 'rectangle' },
        { id: 'driver', label: '关键驱动力', color: '#b45309', shape: 'pill' },
        { id: 'resource', label: '关键资源', color: '#00796b', shape: 'rounded' },
      ],
      relationTypes: [
        { id: 'motivates', label: '驱动', color: '#b45309', line: 'dashed' },
        { id: 'cooperates', label: '合作', color: '#1f4e79', arrow: 'both' },
        { id: 'provides', label: '提供', color: '#00796b' },
        { id: 'supports', label: '支撑', color: '#c2185b', line: 'dotted' },
      ],
    },
    nodes,
    edges,
  };
}
