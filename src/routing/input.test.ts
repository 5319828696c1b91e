import { describe, expect, it } from 'vitest';
import { loadFigure2 } from '../store/testing/figure2';
import { estimateLabel, groupTitleBox, routeInput } from './input';

describe('group titles in the router input', () => {
  it('puts the title centred under the top padding, wrapping in a narrow group, and none for a blank one', () => {
    const wide = groupTitleBox('关键资源', { x: 100, y: 50, width: 300 }, estimateLabel)!;
    expect(wide.x + wide.width / 2).toBeCloseTo(250);
    expect(wide.y).toBe(58);
    expect(wide.width).toBeGreaterThan(56); // four 14 px characters
    const narrow = groupTitleBox('Training organisation drivers', { x: 0, y: 0, width: 100 }, estimateLabel)!;
    expect(narrow.width).toBe(76);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(groupTitleBox('  ', { x: 0, y: 0, width: 100 }, estimateLabel)).toBeUndefined();
  });

  it("gives every group of Figure 2 its title in the diagram's language", () => {
    const zh = routeInput(loadFigure2(), new Map(), 'zh').nodes.filter((n) => n.group);
    const en = routeInput(loadFigure2(), new Map(), 'en').nodes.filter((n) => n.group);
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((g) => g.title !== undefined)).toBe(true);
    expect(en.some((g, i) => g.title!.width > zh[i].title!.width)).toBe(true);
  });
});
