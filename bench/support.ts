// Shared by the benchmarks: start the real server (embedded database in a fresh folder, or DATABASE_URL) on a
// free loopback port, wait until ready, stop it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.join(__dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The arguments `npm start` gives node (package.json "start": `node <args>`). */
function startArgs(): string[] {
  const start: string = require(path.join(root, 'package.json')).scripts.start;
  const [command, ...args] = start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is not "node …": ${start}`);
  return args;
}

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}, dataDir?: string): Promise<BenchServer & { readyMs: number }> {
  const port = await freePort();
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'zsb-bench-'));
  const started = performance.now();
  // One process, exactly as `npm start` runs it (its node flags included, e.g. the heap limit).
  // The demo history (cases seeded in the background on a first start) is off: it would load what is measured.
  // BENCH_NODE_ARGS: extra node flags for the measured server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...startArgs()], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'warn', BUILD_H5_ON_START: 'false', RATE_LIMITS: 'false', DEMO_HISTORY: 'false', NODE_OPTIONS: '', ...env },
    stdio: process.env.BENCH_SERVER_OUTPUT ? 'inherit' : 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false)) break;
    if (performance.now() - started > 300_000) throw new Error('server not ready within 300 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  return {
    url, child, readyMs,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * A lean HTTP client for the measured requests: node:http over kept-alive connections. The load generator shares
 * the machine with the server and PostgreSQL, so it should take as little of it as it can (fetch costs about
 * three times as much CPU per request here).
 */
export function httpClient(baseUrl: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(baseUrl);
  return {
    request(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request({ agent, hostname, port, method, path, headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
