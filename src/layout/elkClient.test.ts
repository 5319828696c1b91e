import ElkApi from 'elkjs/lib/elk-api';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it, vi } from 'vitest';
import { createElkClient } from './elkClient';
import { figureGraph } from './fixtures';
import { runLayout } from './runLayout';

type Msg = { id: number; cmd: string; graph?: ElkNode };
type Behaviour = 'answer' | 'silent' | 'crash' | 'elk-error';

/**
 * Stands in for the browser Worker behind the real elk-api (which only sets `onmessage` and calls
 * `postMessage`/`terminate`). 'answer' echoes the graph with positions, as the ELK worker would.
 */
class FakeWorker extends EventTarget {
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  terminated = false;
  constructor(private behaviour: Behaviour) {
    super();
  }
  postMessage(msg: Msg) {
    if (this.terminated) return;
    const reply = (data: unknown) => queueMicrotask(() => this.onmessage?.({ data }));
    if (msg.cmd === 'register') return reply({ id: msg.id, data: true });
    if (this.behaviour === 'answer') {
      const graph = structuredClone(msg.graph!);
      graph.children?.forEach((c, i) => Object.assign(c, { x: i * 200, y: 0 }));
      reply({ id: msg.id, data: graph });
    } else if (this.behaviour === 'elk-error') {
      reply({ id: msg.id, error: { message: 'UnsupportedGraphException' } });
    } else if (this.behaviour === 'crash') {
      queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' })));
    }
  }
  terminate() {
    this.terminated = true;
  }
}

function setup(behaviours: Behaviour[], timeoutMs = 200) {
  const workers: FakeWorker[] = [];
  const client = createElkClient({
    timeoutMs,
    loadElk: async () => ElkApi,
    createWorker: () => {
      const w = new FakeWorker(behaviours[Math.min(workers.length, behaviours.length - 1)]);
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { client, workers };
}

const graph = (): ElkNode => ({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });

describe('createElkClient', () => {
  it('creates no worker until the first layout, then reuses it', async () => {
    const { client, workers } = setup(['answer']);
    expect(workers).toHaveLength(0);
    await client.layout(graph());
    await client.layout(graph());
    expect(workers).toHaveLength(1);
  });

  it('serves runLayout end to end', async () => {
    const { client } = setup(['answer']);
    const plan = await runLayout(figureGraph(), { algorithm: 'figure', direction: 'RIGHT' }, client);
    expect(plan.positions.d2).toEqual({ x: 200, y: 0 });
  });

  it('times out, terminates the worker and starts a fresh one next time', async () => {
    const { client, workers } = setup(['silent', 'answer'], 50);
    await expect(client.layout(graph())).rejects.toMatchObject({ name: 'LayoutError', code: 'timeout' });
    expect(workers[0].terminated).toBe(true);
    await expect(client.layout(graph())).resolves.toMatchObject({ id: 'root' });
    expect(workers).toHaveLength(2);
  });

  it('takes a per-call deadline over the client default', async () => {
    const { client } = setup(['silent'], 10_000);
    const started = Date.now();
    await expect(client.layout(graph(), { timeoutMs: 30 })).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('30 ms') });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('turns a worker error event into "failed" instead of hanging (elk-api has no onerror)', async () => {
    const { client, workers } = setup(['crash', 'answer'], 5_000);
    await expect(client.layout(graph())).rejects.toMatchObject({ code: 'failed', message: expect.stringContaining('boom') });
    expect(workers[0].terminated).toBe(true);
    await expect(client.layout(graph())).resolves.toBeTruthy();
  });

  it('reports an ELK exception as "failed" and keeps the worker', async () => {
    const { client, workers } = setup(['elk-error']);
    await expect(client.layout(graph())).rejects.toMatchObject({ code: 'failed', message: expect.stringContaining('Unsupported') });
    expect(workers[0].terminated).toBe(false);
  });

  it('cancels via AbortSignal: rejects at once and terminates the worker', async () => {
    const { client, workers } = setup(['silent', 'answer'], 10_000);
    const ctrl = new AbortController();
    const pending = client.layout(graph(), { signal: ctrl.signal });
    const other = client.layout(graph());
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    ctrl.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    // A call sharing the killed worker is rejected too rather than left hanging.
    await expect(other).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers[0].terminated).toBe(true);
  });

  it('rejects an already-aborted call without starting a worker', async () => {
    const { client, workers } = setup(['answer']);
    await expect(client.layout(graph(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers).toHaveLength(0);
  });

  it('reports a failed ELK import as "failed" and retries the import next time', async () => {
    let attempts = 0;
    const client = createElkClient({
      loadElk: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('chunk load failed');
        return ElkApi;
      },
      createWorker: () => new FakeWorker('answer') as unknown as Worker,
    });
    await expect(client.layout(graph())).rejects.toMatchObject({ code: 'failed' });
    await expect(client.layout(graph())).resolves.toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('dispose terminates the worker; the next call recreates it', async () => {
    const { client, workers } = setup(['answer']);
    await client.layout(graph());
    client.dispose();
    expect(workers[0].terminated).toBe(true);
    await client.layout(graph());
    expect(workers).toHaveLength(2);
  });
});
