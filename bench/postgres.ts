// The benchmarks of the write path run on PostgreSQL: DATABASE_URL, or a fresh database made on the local
// server for the run and dropped afterwards.
import os from 'node:os';
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

/** Peak resident memory of the largest of these processes, sampled until stopped (Linux /proc). */
export function watchRss(pids: number[]) {
  let peak = 0;
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const sample = () => {
    for (const pid of pids) {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
      } catch {
        /* the process has ended */
      }
    }
  };
  const timer = setInterval(sample, 100);
  sample();
  return { stop: () => (clearInterval(timer), peak) };
}

/** CPU seconds (user + system) of a process, from /proc (Linux); 0 once it has ended. */
function cpuSeconds(pid: number): number {
  const [user, system] = cpuSplit(pid);
  return user + system;
}

function cpuSplit(pid: number): [number, number] {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  try {
    // Fields after the command name: state is 3rd, utime 14th and stime 15th of the whole line.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return [Number(fields[11]) / 100, Number(fields[12]) / 100];
  } catch {
    return [0, 0];
  }
}

function postgresPids(): number[] {
  const { readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
}

/**
 * Where the machine's cores went during a measured stretch: CPU seconds of the server, of PostgreSQL (all its
 * processes, backends that ended within the stretch excepted) and of this load generator, per wall second.
 */
export function watchCpu(serverPids: number[]) {
  const pgBefore = new Map(postgresPids().map((pid) => [pid, cpuSeconds(pid)]));
  const serverSplit = () => serverPids.map(cpuSplit).reduce(([u, s], [u2, s2]) => [u + u2, s + s2], [0, 0]);
  const server0 = serverSplit();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  return {
    stop() {
      const wall = (performance.now() - t0) / 1000;
      const pg = postgresPids().reduce((sum, pid) => sum + cpuSeconds(pid) - (pgBefore.get(pid) ?? 0), 0);
      const self = process.cpuUsage(self0);
      const cores = (s: number) => (s / wall).toFixed(2);
      const [user, system] = serverSplit();
      return `cores in use: server ${cores(user + system - server0[0] - server0[1])} (in the kernel ${cores(system - server0[1])}), PostgreSQL ${cores(pg)}, load generator ${cores((self.user + self.system) / 1e6)} (of 2)`;
    },
  };
}

/**
 * Runs `work` `total` times over `concurrency` workers; returns each duration (ms) and the elapsed time.
 * - Without `ratePerSecond`, as fast as the workers go: what the server can take (its capacity).
 * - With it, request i is due at start + i / rate and is sent then, or as soon as a worker is free. Its duration
 *   counts from when it was due, so a server that falls behind shows it in the percentiles instead of slowing the
 *   load down and hiding it (coordinated omission). That is the latency residents see at that rate.
 */
export async function runLoad(total: number, concurrency: number, work: (i: number, worker: number) => Promise<void>, options: { ratePerSecond?: number } = {}) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const dueAt = (i: number) => (options.ratePerSecond ? started + (i * 1000) / options.ratePerSecond : performance.now());
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = next++; i < total; i = next++) {
        const due = dueAt(i);
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await work(i, worker);
        latencies.push(performance.now() - due);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), elapsedMs: performance.now() - started };
}

/** The load generator's niceness during the measured runs (BENCH_LOAD_NICENESS, 0 to 19; 10 by default). */
export const loadNiceness = () => Math.min(19, Math.max(0, Math.trunc(Number(process.env.BENCH_LOAD_NICENESS ?? 10)) || 0));

/**
 * The load generator gives way to the measured server. All of them share two cores: at equal priority the
 * scheduler often runs this process on the server's core while the server's one thread waits, and the figures
 * then measure the load generator as much as the server. Clients of a real deployment run elsewhere. This lowers
 * only this process (the server and PostgreSQL keep theirs); BENCH_LOAD_NICENESS=0 measures without it.
 */
export function yieldCoresToServers() {
  os.setPriority(loadNiceness());
}

/** How many server instances the write benchmarks run on the one database (BENCH_INSTANCES, default 1). */
export const benchInstances = () => Math.max(1, Number(process.env.BENCH_INSTANCES ?? 1));

/** The personal-data keys every instance of the bench's installation is given (as a real installation's are). */
export const benchKeys = { PII_KEY: `bench:${Buffer.alloc(32, 3).toString('base64')}`, PII_HASH_KEY: Buffer.alloc(32, 4).toString('base64') };

/**
 * `count` instances on one database, as behind a load balancer, with the same keys: seeded once by a first
 * start, then started together (see startSeededServer).
 */
export async function startSeededServers(env: Record<string, string>, count: number) {
  const seeding = await startServer({ ...benchKeys, ...env });
  await seeding.stop();
  return Promise.all(Array.from({ length: count }, () => startServer({ ...benchKeys, ...env })));
}

/**
 * The server the write benchmarks measure: a first start loads the reference data into the fresh database (the
 * one-off seed of a new installation) and stops; the instance measured is a second start, as every instance of
 * a running installation is.
 */
export async function startSeededServer(env: Record<string, string>) {
  const [server] = await startSeededServers(env, 1);
  return server;
}
