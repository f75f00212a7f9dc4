// Benchmark of the catalog: publishing the whole catalog, guide answers under concurrent load (p50, p95), and
// importing the guangan catalog (1,135 matters). Usage: npm run bench:catalog [-- requests concurrency]
// Runs on the embedded database, or on PostgreSQL when DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ms, percentile, root, startServer } from './support';

async function main() {
  const total = Number(process.argv[2] ?? 2000);
  const concurrency = Number(process.argv[3] ?? 20);
  const server = await startServer();
  try {
    const login = await fetch(`${server.url}/api/auth/staff`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo-password' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const auth = { Authorization: `Bearer ${login.token}`, 'Content-Type': 'application/json' };

    const publishTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/admin/catalog/publish`, { method: 'POST', headers: auth, body: JSON.stringify({ note: `基准测试发布 ${i + 1}` }) });
      if (res.status !== 200) throw new Error(`publish answered ${res.status}: ${await res.text()}`);
      publishTimes.push(performance.now() - t0);
    }

    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await fetch(`${server.url}/api/matters?pageSize=100&page=${page}`).then((r) => r.json())) as { items: { id: string }[] };
      ids.push(...body.items.map((m) => m.id));
      if (body.items.length < 100) break;
    }
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          const id = ids[next++ % ids.length];
          const t0 = performance.now();
          const res = await fetch(`${server.url}/api/matters/${id}?county=410526`);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`guide answered ${res.status}`);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = performance.now() - started;
    latencies.sort((a, b) => a - b);

    const guangan = readFileSync(path.join(root, '..', 'shared', 'data', 'guangan-catalog.json'), 'utf8');
    const t0 = performance.now();
    const imported = await fetch(`${server.url}/api/admin/catalog/import`, { method: 'POST', headers: auth, body: guangan });
    const importMs = performance.now() - t0;
    const report = (await imported.json()) as { created: number; incomplete: number };

    console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded (PGlite)'}; catalog: ${ids.length} published matters`);
    console.log(`publish whole catalog: ${publishTimes.map(ms).join(', ')} (3 runs)`);
    console.log(`guide GET /api/matters/:id, ${total} requests, ${concurrency} concurrent: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies[latencies.length - 1])}, ${(total / (elapsed / 1000)).toFixed(0)} req/s`);
    console.log(`import guangan catalog: ${ms(importMs)} (${report.created} created, ${report.incomplete} incomplete, HTTP ${imported.status})`);
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
