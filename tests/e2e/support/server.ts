// Starts the real server (src-server/main.ts through tsx) as a child process on a free port, with a fresh
// embedded database in a temp DATA_DIR, and waits until GET /readyz answers 200. One per test file.
//
// Process tree: node tsx/cli → node src-server/main.ts (→ taro build, only while dist/h5 is missing).
// tsx relays SIGTERM to the server, which closes HTTP and the database and exits 0. If that takes more than
// 10 s, every process of the tree is killed with SIGKILL so nothing is left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  /** e.g. http://127.0.0.1:43121 (no trailing slash) */
  url: string;
  /** The embedded database's folder (removed by stop()). */
  dataDir: string;
  /** Everything the child printed so far (stdout and stderr interleaved, last 64 KiB), for diagnostics. */
  output(): string;
  /** SIGTERM, wait for exit (SIGKILL after 10 s), remove the temp DATA_DIR. Safe to call twice. */
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** tsx's CLI entry: package.json "bin" is ./dist/cli.mjs, exported as "tsx/cli". */
const tsxCli = require.resolve('tsx/cli');

const TEMP_PREFIX = 'zsb-e2e-';
/** Written into each temp DATA_DIR (next to pgdata/) so a later run can remove it if its run was killed. */
const OWNER_FILE = 'e2e-owner.json';
/** On a checkout without dist/h5 the server first runs the Taro H5 build (~25–60 s) before it listens. */
const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS) || 90_000;
const POLL_MS = 200;
const STOP_GRACE_MS = 10_000;
const OUTPUT_LIMIT = 64 * 1024;
const TAIL_CHARS = 4_000;

/** A port that was free a moment ago on 127.0.0.1 (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves true when `promise` settles first, false after `ms`; never leaves a timer behind. */
function raceTimeout(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** pid and all its descendants (Linux /proc; just [pid] elsewhere). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // "pid (comm) state ppid ..." — comm may contain spaces and parentheses.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = children.get(ppid) ?? [];
        list.push(Number(entry));
        children.set(ppid, list);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return [pid];
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killAll(pids: number[]) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Removes temp DATA_DIRs left by earlier runs that were killed before stop() (e.g. Ctrl-C on jest): only
 * folders that carry our owner file and whose owning jest process is gone, so concurrent runs are safe.
 */
async function removeAbandonedDataDirs(): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(os.tmpdir());
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), entry);
    try {
      const { pid } = JSON.parse(await readFile(path.join(dir, OWNER_FILE), 'utf8')) as { pid?: unknown };
      if (typeof pid === 'number' && pid !== process.pid && !alive(pid)) {
        await rm(dir, { recursive: true, force: true });
      }
    } catch {
      // not ours, or being created/removed right now
    }
  }
}

/**
 * `demoHistory`: seed the demo history (a few months of cases, after the server is ready; see
 * ops/demo-history.ts). Off by default, so the other browser tests start on an empty case list as fast as before.
 */
export async function startServer(options: { demoHistory?: boolean } = {}): Promise<RunningServer> {
  await removeAbandonedDataDirs();
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  await writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL; // the e2e always runs on the embedded database
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '', // not jest's --experimental-vm-modules
    DEMO_HISTORY: options.demoHistory ? 'true' : 'false',
  });

  const child = spawn(process.execPath, [tsxCli, 'src-server/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const capture = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on('data', capture);
  child.stderr!.on('data', capture);
  // Without the Taro build's progress bar escapes, so the tail reads well in a jest failure.
  const tail = () =>
    output
      .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
      .replace(/\r(?!\n)/g, '\n')
      .slice(-TAIL_CHARS)
      .trim() || '(no output)';

  let spawnError: Error | undefined;
  let hasExited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('error', (err) => {
      spawnError = err;
      resolve();
    });
    child.once('exit', () => {
      hasExited = true;
      resolve();
    });
  });
  // 'close' comes after the output pipes are drained (or never, if an orphan still holds them).
  const closedPromise = new Promise<void>((resolve) => child.once('close', () => resolve()));
  /** True once the child exited, false after `ms` (the timer is cleared either way, so jest can exit). */
  const exitWithin = (ms: number) => raceTimeout(exitedPromise, ms);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        if (child.pid !== undefined && !hasExited) {
          const tree = processTree(child.pid);
          child.kill('SIGTERM');
          if (!(await exitWithin(STOP_GRACE_MS))) {
            process.stderr.write(`e2e: the server did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM; killing it\n`);
            killAll([...new Set([...tree, ...processTree(child.pid)])]);
            await exitWithin(5_000);
          }
          // Anything of the tree that outlived the server (e.g. a Taro build interrupted by a timeout).
          killAll(tree.filter((pid) => pid !== child.pid && alive(pid)));
        }
      } finally {
        child.stdout?.destroy();
        child.stderr?.destroy();
        await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    })());

  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  try {
    for (;;) {
      if (spawnError) throw new Error(`e2e: could not start the server: ${spawnError.message}`);
      if (hasExited) {
        await raceTimeout(closedPromise, 1_000);
        throw new Error(
          `e2e: the server exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}). Output:\n${tail()}`,
        );
      }
      try {
        const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new Error(
          `e2e: the server was not ready at ${url}/readyz after ${READY_TIMEOUT_MS / 1000} s. Output:\n${tail()}`,
        );
      }
      await sleep(POLL_MS);
    }
  } catch (err) {
    await stop();
    throw err;
  }

  return { url, dataDir, output: () => output, stop };
}
