// npm run bench:reads [-- seconds]
// Public reads over HTTP against the real server (embedded database, or PostgreSQL when DATABASE_URL is set):
// GET /api/matters/:id and GET /api/search, 20 keep-alive connections each (autocannon), and in the same run a
// bare Koa app answering a fixed JSON of the same size as a guide; prints requests/s and the ratio to the bare app.
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, root, startServer } from './support';

const seconds = Number(process.argv[2] ?? 8);
const connections = 20;
const queries = ['残疾证丢了', '低保', 'cjrz', '新生儿上户口', '公积金提取', '居民医保参保', '老年人优待证', 'dibao', '开个体户', '法律援助'];

async function run(label: string, url: string, paths: string[]) {
  await autocannon({ url, connections, duration: 1, requests: paths.map((p) => ({ path: p })) }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, requests: paths.map((p) => ({ path: p })) });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${label}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  console.log(`${label.padEnd(28)} ${r.requests.average.toFixed(0).padStart(6)} req/s   latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
  return r.requests.average;
}

async function main() {
  const server = await startServer();
  let bare: ReturnType<typeof fork> | undefined;
  try {
    const search = (await fetch(`${server.url}/api/search?q=${encodeURIComponent('残疾证丢了')}`).then((r) => r.json())) as { items: { id: string }[] };
    const ids = (await fetch(`${server.url}/api/matters?pageSize=100`).then((r) => r.json()) as { items: { id: string }[] }).items.map((m) => m.id);
    const guide = await fetch(`${server.url}/api/matters/${search.items[0].id}`).then((r) => r.text());
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zsb-bare-')), 'guide.json');
    writeFileSync(file, guide);
    const port = await freePort();
    bare = fork(path.join(root, 'bench', 'bare-koa.ts'), [file, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    await new Promise((resolve) => bare!.once('message', resolve));

    console.log(`数据库：${process.env.DATABASE_URL ? 'PostgreSQL 服务器' : '嵌入式（PGlite）'}；${connections} 个连接，每项 ${seconds} 秒；指南 ${guide.length} 字节`);
    const ceiling = await run('bare Koa（固定 JSON）', `http://127.0.0.1:${port}`, ['/']);
    const guides = await run('GET /api/matters/:id', server.url, ids.slice(0, 50).map((id) => `/api/matters/${id}`));
    const searches = await run('GET /api/search', server.url, queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`));
    console.log(`比值：指南 ${(guides / ceiling).toFixed(2)}，搜索 ${(searches / ceiling).toFixed(2)}（目标 ≥ 0.25）`);
  } finally {
    bare?.kill();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
