import { memo, useMemo } from 'react';
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { fallbackKind, findKind } from '../../model/vocabulary';

const ELEMENT = { width: 200, height: 56 };

type Box = { id: string; x: number; y: number; width: number; height: number; color: string; group: boolean };

/** Absolute boxes of every node (children are stored relative to their group). */
function boxes(doc: TheoryModel): Box[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const origin = (id: string | undefined, depth = 0): { x: number; y: number } => {
    const node = id ? byId.get(id) : undefined;
    if (!node || depth > 50) return { x: 0, y: 0 };
    const above = origin(node.parent, depth + 1);
    return { x: above.x + node.position.x, y: above.y + node.position.y };
  };
  return doc.nodes.map((n) => {
    const at = origin(n.id);
    const size = n.size ?? ELEMENT;
    const kind = findKind(doc.vocabulary, n.kind) ?? fallbackKind(n.kind);
    return { id: n.id, ...at, width: size.width, height: size.height, color: kind.color, group: n.kind === GROUP_KIND };
  });
}

/**
 * A thumbnail of a model: boxes in their kinds' colours and lines for relations, so the examples
 * and the wizard's preview show the shape of a diagram without rendering React Flow.
 */
function MiniPreviewView({ doc, label }: { doc: TheoryModel; label: string }) {
  const { all, lines, view } = useMemo(() => {
    const all = boxes(doc);
    const byId = new Map(all.map((b) => [b.id, b]));
    const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
    const lines = doc.edges.flatMap((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      return s && t ? [{ id: e.id, a: centre(s), b: centre(t) }] : [];
    });
    if (all.length === 0) return { all, lines, view: '0 0 400 200' };
    const minX = Math.min(...all.map((b) => b.x));
    const minY = Math.min(...all.map((b) => b.y));
    const maxX = Math.max(...all.map((b) => b.x + b.width));
    const maxY = Math.max(...all.map((b) => b.y + b.height));
    const pad = 20;
    return { all, lines, view: `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}` };
  }, [doc]);
  return (
    <svg className="tm-mini-preview" viewBox={view} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      {all.filter((b) => b.group).map((b) => (
        <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={8} fill="none" stroke={b.color} strokeWidth={3} strokeDasharray="10 6" />
      ))}
      {lines.map((l) => (
        <line key={l.id} x1={l.a.x} y1={l.a.y} x2={l.b.x} y2={l.b.y} stroke="#94a3b8" strokeWidth={3} />
      ))}
      {all.filter((b) => !b.group).map((b) => (
        <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={10} fill="#fff" stroke={b.color} strokeWidth={5} />
      ))}
    </svg>
  );
}

export const MiniPreview = memo(MiniPreviewView);
