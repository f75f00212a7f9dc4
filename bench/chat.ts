// npm run bench:chat [-- conversations concurrency]
// Chat turns over HTTP against the real server on PostgreSQL (DATABASE_URL, or a fresh database on the local
// server; BENCH_EMBEDDED=1 for the embedded database): each simulated resident holds the acceptance conversation
// (我想办残疾证 → 新办 → 要带什么材料 → 多久能办好 → 收费吗 → 在哪办) from its own address, with rate limits on
// as in production. In the same run, the same client against a bare Koa app answering a fixed JSON of the same
// size gives the machine's ceiling; prints turns/s and p50/p95/p99 of both, and the ratios.
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { benchDatabase, runLoad, startSeededServer, watchRss } from './postgres';
import { freePort, ms, percentile, root, startServer } from './support';

const conversations = Number(process.argv[2] ?? 200);
const concurrency = Number(process.argv[3] ?? 10);
const script = ['我想办残疾证', '新办', '要带什么材料', '多久能办好', '收费吗', '在哪办'];
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(url: string, body: unknown, address: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': data.length, 'X-Forwarded-For': address } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

function report(label: string, latencies: number[], elapsedMs: number) {
  const p = (q: number) => percentile(latencies, q);
  console.log(`${label.padEnd(26)} ${(latencies.length / (elapsedMs / 1000)).toFixed(0).padStart(6)} 次/秒   p50 ${ms(p(50))}  p95 ${ms(p(95))}  p99 ${ms(p(99))}`);
  return { rate: latencies.length / (elapsedMs / 1000), p95: p(95) };
}

async function main() {
  const embedded = process.env.BENCH_EMBEDDED === '1';
  const database = embedded ? null : await benchDatabase();
  const env = { ...(database ? { DATABASE_URL: database.url } : {}), RATE_LIMITS: 'true', TRUST_PROXY: 'true' };
  const server = embedded ? await startServer(env) : await startSeededServer(env);
  let bare: ReturnType<typeof fork> | undefined;
  try {
    // The turn latencies of whole conversations, each from its own address (the per-address limit is 60 a minute).
    const chat = `${server.url}/api/chat`;
    const sample = await post(chat, { text: '残疾人证新办要带什么材料' }, '10.9.0.1');
    if (sample.status !== 200) throw new Error(`chat answered ${sample.status}: ${sample.text}`);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zsb-bare-')), 'answer.json');
    writeFileSync(file, sample.text);
    const port = await freePort();
    bare = fork(path.join(root, 'bench', 'bare-koa.ts'), [file, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    await new Promise((resolve) => bare!.once('message', resolve));

    console.log(`数据库：${database ? 'PostgreSQL 服务器' : '嵌入式（PGlite）'}；${conversations} 段对话 × ${script.length} 轮，${concurrency} 个并发，限流开启`);
    const turns = conversations * script.length;
    const ceilingRun = await runLoad(turns, concurrency, async (i) => {
      const r = await post(`http://127.0.0.1:${port}/`, { text: script[i % script.length] }, '10.8.0.1');
      if (r.status !== 200) throw new Error(`bare Koa answered ${r.status}`);
    });
    const ceiling = report('bare Koa（固定 JSON）', ceilingRun.latencies, ceilingRun.elapsedMs);

    const rss = watchRss([server.child.pid!]);
    const failures: string[] = [];
    // A worker holds one conversation at a time, turn after turn, as a resident would.
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      for (let conversation = next++; conversation < conversations; conversation = next++) {
        let sessionId: string | undefined;
        for (const text of script) {
          const t0 = performance.now();
          const r = await post(chat, { text, sessionId }, `10.${(conversation >> 8) & 255}.${conversation & 255}.7`);
          latencies.push(performance.now() - t0);
          if (r.status !== 200) failures.push(`${r.status} ${r.text.slice(0, 120)}`);
          else sessionId = (JSON.parse(r.text) as { sessionId: string }).sessionId;
        }
      }
    }));
    const chatRun = { latencies: latencies.sort((a, b) => a - b), elapsedMs: performance.now() - started };
    const peak = rss.stop();
    if (failures.length) throw new Error(`${failures.length} turns failed, e.g. ${failures[0]}`);
    const turnsResult = report('POST /api/chat', chatRun.latencies, chatRun.elapsedMs);
    console.log(`比值：吞吐 ${(turnsResult.rate / ceiling.rate).toFixed(2)}，p95 ${(turnsResult.p95 / ceiling.p95).toFixed(1)} 倍（目标：p95 ≤ 30 ms，实测 ${ms(turnsResult.p95)}）`);
    console.log(`服务进程内存峰值 ${(peak / 1024 / 1024).toFixed(0)} MB；负载 ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  } finally {
    bare?.kill();
    agent.destroy();
    await server.stop();
    await database?.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
