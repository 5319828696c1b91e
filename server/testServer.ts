import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./collab.ts', import.meta.url));

export type Running = { url: string; http: string; stop: () => Promise<void> };

/** Starts the real server as its own process (as `npm run collab` does) on a free loopback port. */
export function runServer(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, COLLAB_HOST: '127.0.0.1', COLLAB_PORT: '0', COLLAB_DATA: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: `ws://127.0.0.1:${m[1]}`,
        http: `http://127.0.0.1:${m[1]}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}
