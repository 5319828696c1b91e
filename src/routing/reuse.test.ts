import { describe, expect, it } from 'vitest';
import { reuseRoutes } from './reuse';
import type { RoutePlan } from './types';

const plan = (routes: [string, number][]): RoutePlan => ({
  style: 'orthogonal',
  source: 'router',
  routes: new Map(routes.map(([id, x]) => [id, { points: [{ x, y: 0 }, { x: x + 10, y: 0 }], label: { x: x + 5, y: 0 } }])),
});

describe('reuseRoutes', () => {
  it('keeps the old route object for an unchanged route and takes the new one where it moved', () => {
    const a = plan([['e1', 0], ['e2', 100]]);
    const b = reuseRoutes(a, plan([['e1', 0], ['e2', 150], ['e3', 7]]));
    expect(b.routes.get('e1')).toBe(a.routes.get('e1'));
    expect(b.routes.get('e2')).not.toBe(a.routes.get('e2'));
    expect(b.routes.get('e2')?.points[0].x).toBe(150);
    expect(b.routes.size).toBe(3);
  });

  it('reuses nothing across edge styles', () => {
    const a = plan([['e1', 0]]);
    const next = { ...plan([['e1', 0]]), style: 'curved' as const };
    expect(reuseRoutes(a, next).routes.get('e1')).not.toBe(a.routes.get('e1'));
  });
});
