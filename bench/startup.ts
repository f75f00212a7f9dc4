// Benchmark: time from process start to ready (GET /readyz answers 200) on an already migrated embedded
// database, and the time of the first, migrating start. Usage: npm run bench:startup [-- runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'src-server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', BUILD_H5_ON_START: 'false', NODE_OPTIONS: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error('server not ready within 60 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsb-bench-'));
  try {
    const first = await startOnce(dataDir);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await startOnce(dataDir));
    times.sort((a, b) => a - b);
    const fmt = (ms: number) => `${Math.round(ms)} ms`;
    console.log(`first start (creates and migrates the embedded database): ${fmt(first)}`);
    console.log(`start to ready on a migrated database, ${runs} runs: median ${fmt(times[Math.floor(runs / 2)])}, min ${fmt(times[0])}, max ${fmt(times[runs - 1])}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
