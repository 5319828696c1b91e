/** Hand-made scenes and a fake text measure for the SVG and layout tests. */
import type { MeasureText } from '../figureLayout';
import type { Scene, TextBlock } from '../scene';

/** 1 em per CJK character, 0.55 em per other character: close enough to real fonts for layout tests. */
export const fakeMeasure: MeasureText = (text, size) => {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.55;
  return em * size;
};

const block = (text: string, x: number, baseline: number, extra: Partial<TextBlock> = {}): TextBlock => ({
  lines: [{ text, x, baseline }],
  anchor: 'middle',
  size: 14,
  weight: 400,
  color: 'rgb(31, 35, 40)',
  ...extra,
});

export const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';

export function sampleScene(label = '学校'): Scene {
  return {
    frame: { x: -24, y: -24, width: 548, height: 248 },
    groups: [
      {
        box: { x: 280, y: 0, width: 220, height: 200 },
        style: { fill: 'color(srgb 0.392157 0.454902 0.545098 / 0.04)', stroke: 'rgb(100, 116, 139)', borderWidth: 1.5, radius: 8, dashed: true },
        title: block(HOSTILE_SCRIPT, 292, 20, { anchor: 'start', weight: 600, color: 'color(srgb 0.313726 0.363922 0.436078)' }),
      },
    ],
    edges: [
      { path: 'M200,30 L300,60', color: 'rgb(31, 78, 121)', width: 1.6, arrow: 'both' },
      { path: 'M200,40 Q250,90 300,120', color: 'rgb(180, 83, 9)', width: 1.6, dash: '7 5', arrow: 'end' },
      { path: 'javascript:alert(1)', color: 'rgb(180, 83, 9)', width: 1.6, arrow: 'end' },
    ],
    nodes: [
      {
        box: { x: 0, y: 0, width: 200, height: 60 },
        shape: 'rectangle',
        style: { fill: 'color(srgb 0.973529 0.939294 0.913176)', stroke: 'rgb(31, 78, 121)', borderWidth: 2, radius: 2, dashed: false },
        badge: { box: { x: 75, y: 3, width: 50, height: 14 }, fill: 'rgb(31, 78, 121)', text: block('关键主体', 100, 14, { size: 10, color: 'rgb(255, 255, 255)' }) },
        label: { ...block(label, 100, 40), lines: [{ text: label, x: 100, baseline: 40 }, { text: '第二行', x: 100, baseline: 60 }] },
      },
      {
        box: { x: 300, y: 40, width: 180, height: 70 },
        shape: 'ellipse',
        style: { fill: '#e6f2f0', stroke: 'url(javascript:alert(1))', borderWidth: 1, radius: 0, dashed: false },
        label: block(HOSTILE_LABEL, 390, 80),
      },
    ],
    edgeLabels: [
      { box: { x: 230, y: 35, width: 40, height: 18 }, style: { fill: 'rgb(255, 255, 255)', stroke: 'rgb(31, 78, 121)', borderWidth: 1, radius: 4, dashed: false }, text: block('合作', 250, 48, { size: 12 }) },
    ],
  };
}
