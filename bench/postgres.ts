// The benchmarks of the write path run on PostgreSQL: DATABASE_URL, or a fresh database made on the local
// server for the run and dropped afterwards.
import pg from 'pg';
import { startServer } from './support';

export async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, drop: async () => undefined };
  const admin = 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `zsb_bench_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return {
    url: `postgresql://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Peak resident memory of a process, sampled until stopped (Linux /proc). */
export function watchRss(pid: number) {
  let peak = 0;
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const sample = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      /* the process has ended */
    }
  };
  const timer = setInterval(sample, 100);
  sample();
  return { stop: () => (clearInterval(timer), peak) };
}

/** Runs `work` `total` times over `concurrency` workers; returns each duration (ms) and the elapsed time. */
export async function runLoad(total: number, concurrency: number, work: (i: number, worker: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now();
        await work(i, worker);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), elapsedMs: performance.now() - started };
}

/**
 * The server the write benchmarks measure: a first start loads the reference data into the fresh database (the
 * one-off seed of a new installation) and stops; the instance measured is a second start, as every instance of
 * a running installation is.
 */
export async function startSeededServer(env: Record<string, string>) {
  const seeding = await startServer(env);
  await seeding.stop();
  return startServer(env);
}
