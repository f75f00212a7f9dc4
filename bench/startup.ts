// Benchmark: time from process start to ready (GET /readyz answers 200) on an already migrated embedded
// database, and the time of the first, migrating start. Usage: npm run bench:startup [-- runs]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './support';

async function startOnce(dataDir: string): Promise<number> {
  const server = await startServer({ DATABASE_URL: '' }, dataDir);
  await server.stop();
  return server.readyMs;
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
