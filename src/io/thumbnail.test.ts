import { describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { validModel } from './testing/fixtures';
import { thumbnailDataUrl, thumbnailSvg } from './thumbnail';

describe('thumbnailSvg', () => {
  it('draws one box per node and carries no text of the model', () => {
    const doc = validModel();
    const hostile = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, label: '<script>alert(1)</script>' })) };
    const svg = thumbnailSvg(hostile);
    expect(svg.match(/<rect /g)?.length).toBe(doc.nodes.length + 1); // + the white background
    expect(svg).not.toContain('script');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('an empty model still gives a valid picture', () => {
    expect(thumbnailDataUrl(blankModel('x', new Date(0)))).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(thumbnailSvg(blankModel('x', new Date(0)))).not.toMatch(/NaN|Infinity/);
  });
});
