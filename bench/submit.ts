// Benchmark of submissions on PostgreSQL: 50 residents, each with their own token, submit at once with
// distinct Idempotency-Keys. Prints the most submissions/s the server takes (each resident submits again as soon
// as answered) with p50/p95/p99, then the latencies at the target rate (BENCH_RATE, 400/s: submissions due at an
// even pace, each timed from when it was due), the server's peak memory, and in the same run
// the machine's ceiling: the same inserts (case, materials, timeline row, audit row, in one transaction)
// through `pg` directly by 50 clients (prepared statements, as the server's own), with the ratio. Usage: npm run bench:submit [-- total]
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { idCheckChar } from '../src-shared/identity/personal-numbers';
import type { MatterSource } from '../src-shared/contracts/catalog-source';
import { materialsFor } from '../src-server/applications/matter-requirements';
import { httpClient, ms, percentile } from './support';
import { benchDatabase, benchInstances, startSeededServers, runLoad, watchCpu, watchRss, yieldCoresToServers, loadNiceness } from './postgres';

const RESIDENTS = 50;
/** The target rate of the latency run (BENCH_RATE), the figure the issue asks for. */
const RATE = Math.max(1, Number(process.env.BENCH_RATE ?? 400) || 400);
const idNumber = (n: number) => {
  const first17 = `410526${19600101 + (n % 28)}${String(n).padStart(3, '0').slice(-3)}`;
  return first17 + idCheckChar(first17);
};

async function main() {
  const total = Number(process.argv[2] ?? 3000);
  const database = await benchDatabase();
  const servers = await startSeededServers({ DATABASE_URL: database.url }, benchInstances());
  const server = servers[0];
  const pool = new pg.Pool({ connectionString: database.url, max: RESIDENTS });
  try {
    // A matter 滑县 delegated to its townships, with the materials a resident uploads.
    const { rows: matters } = await pool.query<{ matter_id: string; content: MatterSource }>(
      `SELECT m.matter_id, m.content FROM published_matter m JOIN delegation d ON d.matter_id = m.matter_id AND d.county_code = '410526' AND d.taken_up
       WHERE m.version = 1 AND m.level = 4 AND m.handheld AND m.status = '在用' ORDER BY m.name`,
    );
    const matter = matters.find((m) => m.content.situations.length <= 3 && materialsFor(m.content, m.content.situations[0]?.key ?? null).some((x) => !x.shared && x.necessity === 'required'))!;
    const situationId = matter.content.situations[0]?.key;
    const wanted = materialsFor(matter.content, situationId ?? null).filter((x) => !x.shared && x.necessity === 'required');
    const form: Record<string, unknown> = {};
    for (const f of matter.content.form.filter((x) => x.required)) {
      form[f.key] = f.type === 'select' ? f.options![0].value : f.type === 'multiselect' ? [f.options![0].value] : f.type === 'number' ? (f.min ?? 1)
        : f.type === 'date' ? '2026-11-02' : f.type === 'idNumber' ? idNumber(999) : f.type === 'phone' ? '13900139000' : f.type === 'region' ? '410526100' : '滑县道口镇解放路 12 号';
    }
    const { rows: [township] } = await pool.query<{ code: string }>(`SELECT code FROM region WHERE parent_code = '410526' AND level = 'township' ORDER BY code LIMIT 1`);

    const residents = await Promise.all(
      Array.from({ length: RESIDENTS }, async (_, i) => {
        const login = (await fetch(`${server.url}/api/auth/dev`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid: `bench-${i}` }) }).then((r) => r.json())) as { token: string; user: { id: string } };
        const headers = { Authorization: `Bearer ${login.token}`, 'Content-Type': 'application/json' };
        const profile = await fetch(`${server.url}/api/me/profile`, { method: 'PUT', headers, body: JSON.stringify({ name: '王建国', idNumber: idNumber(i), phone: '13800138000', regionCode: township.code }) });
        if (profile.status !== 200) throw new Error(`profile answered ${profile.status}: ${await profile.text()}`);
        // The photos were uploaded before (uploads are measured apart): one stored file per material.
        const materials = [];
        for (const w of wanted) {
          const bytes = Buffer.from(`bench ${i} ${w.id}`);
          const key = `bench/${randomUUID()}`;
          await pool.query('INSERT INTO stored_file (key, content) VALUES ($1, $2)', [key, bytes]);
          const { rows: [upload] } = await pool.query<{ id: string }>(
            `INSERT INTO upload (id, owner_kind, owner_id, mime, size, sha256, file_name, storage_key) VALUES (gen_random_uuid(), 'resident', $1, 'image/jpeg', $2, $3, 'photo.jpg', $4) RETURNING id`,
            [login.user.id, bytes.length, createHash('sha256').update(bytes).digest('hex'), key],
          );
          materials.push({ materialId: w.id, uploadIds: [upload.id] });
        }
        return { headers, body: JSON.stringify({ matterId: matter.matter_id, ...(situationId ? { situationId } : {}), form, materials }) };
      }),
    );

    // With several instances, each client (resident or clerk) keeps to one, as a load balancer's sticky session would.
    const clients = servers.map((x) => httpClient(x.url, Math.ceil(RESIDENTS / servers.length)));
    const submit = async (worker: number, key: string) => {
      const res = await clients[worker % clients.length].request('POST', '/api/applications', { ...residents[worker].headers, 'Idempotency-Key': key }, residents[worker].body);
      if (res.status !== 201) throw new Error(`submit answered ${res.status}: ${res.body}`);
    };
    yieldCoresToServers();
    await runLoad(RESIDENTS * 2, RESIDENTS, (i, worker) => submit(worker, `warmup-${i}-${randomUUID()}`));
    const rss = watchRss(servers.map((x) => x.child.pid!));
    const cpu = watchCpu(servers.map((x) => x.child.pid!));
    // Capacity: every resident submits again as soon as answered.
    const load = await runLoad(total, RESIDENTS, (i, worker) => submit(worker, `bench-${i}-${randomUUID()}`));
    const cores = cpu.stop();
    // Latency at the target rate: the same residents, submissions due at an even RATE per second.
    const paced = await runLoad(total, RESIDENTS, (i, worker) => submit(worker, `paced-${i}-${randomUUID()}`), { ratePerSecond: RATE });
    const peakRss = rss.stop();
    clients.forEach((c) => c.close());
    for (const prefix of ['bench', 'paced']) {
      const { rows: [{ count }] } = await pool.query<{ count: string }>(`SELECT count(*) FROM application WHERE idempotency_key LIKE $1`, [`${prefix}-%`]);
      if (Number(count) !== total) throw new Error(`expected ${total} ${prefix} cases, found ${count}`);
    }

    // The ceiling: the same rows through pg directly, one transaction per submission, 50 clients.
    const ceilingCpu = watchCpu(servers.map((x) => x.child.pid!));
    const ceiling = await runLoad(total, RESIDENTS, async (i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows: [{ seq }] } = await client.query<{ seq: string }>({ name: 'ceiling-seq', text: `SELECT nextval('application_receipt_seq') AS seq` });
        const { rows: [app] } = await client.query<{ id: string }>({
          name: 'ceiling-application',
          text: `INSERT INTO application (id, receipt_no, idempotency_scope, idempotency_key, request_hash, matter_id, catalog_version, matter_name, department_code,
             filed_as, applicant_name, applicant_id_enc, applicant_id_hash, applicant_id_masked, region_code, county_code, form_enc, form_masked, queue_id,
             route_reason_code, route_reason, submitted_at, submitted_date, accept_due, promise_days, instant, due_date, warn_date, updated_at)
           VALUES (gen_random_uuid(), $1, 'ceiling', $2, 'h', $3, 1, '基准', 'mz', 'self', '王建国', 'enc', 'hash', '4105**********1234', $4, '410526', 'enc', '{}', $5,
             'delegated', '依据滑编〔2021〕15号', now(), current_date, current_date + 7, 20, false, current_date + 7, current_date + 5, now()) RETURNING id`,
          values: [`410526-C-${seq}`, `ceiling-${i}`, matter.matter_id, township.code, `township:${township.code}`],
        });
        for (const w of wanted) {
          await client.query({ name: 'ceiling-material', text: `INSERT INTO application_material (id, application_id, material_id, material_name, upload_id) VALUES (gen_random_uuid(), $1, $2, $3, gen_random_uuid())`, values: [app.id, w.id, w.name] });
        }
        await client.query({ name: 'ceiling-event', text: `INSERT INTO application_event (application_id, at, actor_kind, actor_name, action, to_status, note) VALUES ($1, now(), 'resident', '申请人', 'submit', 'submitted', '已提交')`, values: [app.id] });
        await client.query({ name: 'ceiling-audit', text: `INSERT INTO audit_event (actor_kind, action, subject_type, subject_id, at) VALUES ('resident', 'application.submit', 'application', $1, now())`, values: [app.id] });
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });

    const ceilingCores = ceilingCpu.stop();
    const rate = (l: { elapsedMs: number }) => total / (l.elapsedMs / 1000);
    const p = (l: { latencies: number[] }, q: number) => ms(percentile(l.latencies, q));
    console.log(`PostgreSQL; ${servers.length} server instance${servers.length > 1 ? 's' : ''}; load generator at niceness ${loadNiceness()}; ${RESIDENTS} residents at once, ${total} submissions (${wanted.length} materials each), distinct keys`);
    console.log(`server:  ${rate(load).toFixed(0)} submissions/s at most (each resident again as soon as answered), p50 ${p(load, 50)}, p95 ${p(load, 95)}, p99 ${p(load, 99)}`);
    console.log(`         ${cores}`);
    console.log(`at ${RATE}/s: ${rate(paced).toFixed(0)} submissions/s, p50 ${p(paced, 50)}, p95 ${p(paced, 95)}, p99 ${p(paced, 99)} (from when each was due)`);
    console.log(`memory:  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB${servers.length > 1 ? ' (the largest instance)' : ''}`);
    console.log(`ceiling: ${rate(ceiling).toFixed(0)} transactions/s of the same inserts through pg directly, p99 ${p(ceiling, 99)}`);
    console.log(`         ${ceilingCores}`);
    console.log(`ratio:   ${((rate(load) / rate(ceiling)) * 100).toFixed(1)} % of the ceiling`);
  } finally {
    await pool.end();
    await Promise.all(servers.map((x) => x.stop()));
    await database.drop();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
