// Benchmark of the claim race on PostgreSQL: 20 clerks of one township centre claim 2,000 waiting cases at
// once through `POST /api/queues/:id/claim` (each answer is the whole case). Prints claims/s and p50/p95/p99,
// then proves from the database that every case was claimed exactly once, and in the same run the ceiling: the
// same claims through `pg` directly (prepared statements, as the server's own), with the ratio. Usage: npm run bench:claim [-- cases]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { parseKeyRing, PiiCipher } from '../src-server/identity/pii';
import { httpClient, ms, percentile } from './support';
import { benchDatabase, benchInstances, benchKeys, startSeededServers, watchCpu, watchRss, yieldCoresToServers, loadNiceness } from './postgres';

const CLERKS = 20;

async function main() {
  const total = Number(process.argv[2] ?? 2000);
  const database = await benchDatabase();
  // The bench writes the cases itself, sealed with the keys it gives the server: the claimant reads them whole.
  const pii = new PiiCipher(parseKeyRing(benchKeys.PII_KEY), Buffer.from(benchKeys.PII_HASH_KEY, 'base64'));
  const servers = await startSeededServers({ DATABASE_URL: database.url }, benchInstances());
  const server = servers[0];
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  try {
    const { rows: [township] } = await pool.query<{ code: string }>(`SELECT code FROM region WHERE parent_code = '410526' AND level = 'township' ORDER BY code LIMIT 1`);
    const queueId = `township:${township.code}`;
    const { rows: [matter] } = await pool.query<{ matter_id: string; name: string; department_code: string }>(
      `SELECT matter_id, name, department_code FROM published_matter WHERE version = 1 AND level = 5 AND status = '在用' ORDER BY name LIMIT 1`,
    );
    // The demo clerk signs in once to learn the password hash the 20 bench clerks will share.
    const { rows: [demo] } = await pool.query<{ password_hash: string }>(`SELECT password_hash FROM staff_account WHERE username = $1`, [`clerk-${township.code}`]);
    const tokens: string[] = [];
    for (let i = 0; i < CLERKS; i++) {
      const id = randomUUID();
      await pool.query(`INSERT INTO staff_account (id, username, display_name, role, password_hash, updated_at) VALUES ($1, $2, $3, 'clerk', $4, now())`, [id, `bench-clerk-${i}`, `窗口 ${i}`, demo.password_hash]);
      await pool.query(`INSERT INTO staff_scope (id, staff_id, kind, region_code) VALUES (gen_random_uuid(), $1, 'township', $2)`, [id, township.code]);
      const login = await fetch(`${server.url}/api/auth/staff`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: `bench-clerk-${i}`, password: 'demo-password' }) });
      if (login.status !== 200) throw new Error(`login answered ${login.status}`);
      tokens.push(((await login.json()) as { token: string }).token);
    }
    // The waiting cases, as submissions leave them: `total` in the clerks' queue, as many in a second township's
    // queue for the ceiling.
    const { rows: [second] } = await pool.query<{ code: string }>(`SELECT code FROM region WHERE parent_code = '410526' AND level = 'township' ORDER BY code OFFSET 1 LIMIT 1`);
    const ceilingQueue = `township:${second.code}`;
    for (const [code, queue, prefix] of [[township.code, queueId, 'B'], [second.code, ceilingQueue, 'C']]) {
      await pool.query(
        `INSERT INTO application (id, receipt_no, idempotency_scope, idempotency_key, request_hash, matter_id, catalog_version, matter_name, department_code,
           filed_as, applicant_name, applicant_id_enc, applicant_id_hash, applicant_id_masked, region_code, county_code, form_enc, form_masked, queue_id,
           route_reason_code, route_reason, submitted_at, submitted_date, accept_due, promise_days, instant, due_date, warn_date, updated_at)
         SELECT gen_random_uuid(), '410526-' || $9 || '-' || g, 'bench', 'claim-' || $9 || g, 'h', $1, 1, $2, $3, 'self', '王建国', $7, 'x', '4105**********1234', $4, '410526', $8, '{}', $5,
           'delegated', '依据滑编〔2021〕15号', now(), current_date, current_date + 7, 5, false, current_date + (g % 20), current_date + 3, now()
         FROM generate_series(1, $6::int) g`,
        [matter.matter_id, matter.name, matter.department_code, code, queue, total, pii.encrypt('application.idNumber', '410526198001011234'), pii.encrypt('application.form', '{}'), prefix],
      );
    }

    yieldCoresToServers();
    const rss = watchRss(servers.map((x) => x.child.pid!));
    const cpu = watchCpu(servers.map((x) => x.child.pid!));
    // With several instances, each client (resident or clerk) keeps to one, as a load balancer's sticky session would.
    const clients = servers.map((x) => httpClient(x.url, Math.ceil(CLERKS / servers.length)));
    const claimed: string[][] = Array.from({ length: CLERKS }, () => []);
    let done = 0;
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token, clerk) => {
        for (;;) {
          const t0 = performance.now();
          const res = await clients[clerk % clients.length].request('POST', `/api/queues/${queueId}/claim`, { Authorization: `Bearer ${token}` });
          if (res.status === 204) return;
          if (res.status !== 200) throw new Error(`claim answered ${res.status}: ${res.body}`);
          claimed[clerk].push((JSON.parse(res.body) as { id: string }).id);
          latencies.push(performance.now() - t0);
          done++;
        }
      }),
    );
    const elapsed = performance.now() - started;
    const peakRss = rss.stop();
    const cores = cpu.stop();
    clients.forEach((c) => c.close());
    latencies.sort((a, b) => a - b);
    const all = claimed.flat();
    const { rows: [check] } = await pool.query<{ unclaimed: string; events: string }>(
      `SELECT (SELECT count(*) FROM application WHERE queue_id = $1 AND claimed_by IS NULL) AS unclaimed,
              (SELECT count(*) FROM application_event e JOIN application a ON a.id = e.application_id WHERE a.queue_id = $1 AND e.action = 'claim') AS events`,
      [queueId],
    );
    const once = all.length === total && new Set(all).size === total && Number(check.unclaimed) === 0 && Number(check.events) === total;
    // The ceiling: the same claim through pg directly by 20 clients — the SKIP LOCKED update, the timeline row and
    // the two audit rows (claim, personal data shown) in one transaction, then the case read back whole.
    const [clerkId] = (await pool.query<{ id: string }>(`SELECT id FROM staff_account WHERE username = 'bench-clerk-0'`)).rows.map((r) => r.id);
    const direct = new pg.Pool({ connectionString: database.url, max: CLERKS });
    let ceilingClaims = 0;
    const ceilingCpu = watchCpu(servers.map((x) => x.child.pid!));
    const ceilingStarted = performance.now();
    const ceilingLatencies: number[] = [];
    await Promise.all(
      Array.from({ length: CLERKS }, async () => {
        for (;;) {
          const t0 = performance.now();
          const client = await direct.connect();
          try {
            await client.query('BEGIN');
            const { rows: [taken] } = await client.query<{ id: string; status: string }>({ name: 'ceiling-1', text: `UPDATE application SET claimed_by = $1, claimed_at = now(), revision = revision + 1, updated_at = now()
               WHERE id = (SELECT id FROM application WHERE queue_id = $2 AND claimed_by IS NULL AND status IN ('submitted', 'accepted', 'special')
                           ORDER BY due_date ASC NULLS LAST, submitted_at ASC LIMIT 1 FOR UPDATE SKIP LOCKED)
               RETURNING id, status`, values: [clerkId, ceilingQueue] });
            if (!taken) {
              await client.query('COMMIT');
              return;
            }
            await client.query({ name: 'ceiling-2', text: `INSERT INTO application_event (application_id, at, actor_kind, actor_id, actor_name, action, from_status, to_status) VALUES ($1, now(), 'staff', $2, '窗口 0', 'claim', $3, $3)`, values: [taken.id, clerkId, taken.status] });
            for (const action of ['application.claim', 'application.pii_view']) {
              await client.query({ name: 'ceiling-3', text: `INSERT INTO audit_event (actor_kind, actor_id, action, subject_type, subject_id, at) VALUES ('staff', $1, $2, 'application', $3, now())`, values: [clerkId, action, taken.id] });
            }
            await client.query('COMMIT');
            await client.query({ name: 'ceiling-4', text: 'SELECT * FROM application WHERE id = $1', values: [taken.id] });
            await client.query({ name: 'ceiling-5', text: 'SELECT * FROM application_material WHERE application_id = $1', values: [taken.id] });
            await client.query({ name: 'ceiling-6', text: 'SELECT * FROM application_event WHERE application_id = $1 ORDER BY id', values: [taken.id] });
            await client.query({ name: 'ceiling-7', text: 'SELECT * FROM application_pause WHERE application_id = $1', values: [taken.id] });
            ceilingClaims++;
            ceilingLatencies.push(performance.now() - t0);
          } finally {
            client.release();
          }
        }
      }),
    );
    const ceilingCores = ceilingCpu.stop();
    await direct.end();
    const ceilingRate = ceilingClaims / ((performance.now() - ceilingStarted) / 1000);
    const rate = done / (elapsed / 1000);
    ceilingLatencies.sort((a, b) => a - b);

    console.log(`PostgreSQL; ${servers.length} server instance${servers.length > 1 ? 's' : ''}; load generator at niceness ${loadNiceness()}; ${CLERKS} clerks claiming ${total} cases of one queue at once`);
    console.log(`claims:  ${rate.toFixed(0)} claims/s, p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB${servers.length > 1 ? ' (the largest instance)' : ''}`);
    console.log(`         ${cores}`);
    console.log(`exactly once: ${once ? 'yes' : 'NO'} — ${all.length} answers, ${new Set(all).size} distinct cases, ${check.unclaimed} unclaimed, ${check.events} claim entries in the timelines`);
    console.log(`ceiling: ${ceilingRate.toFixed(0)} claims/s of the same transaction and reads through pg directly, p99 ${ms(percentile(ceilingLatencies, 99))}`);
    console.log(`         ${ceilingCores}`);
    console.log(`ratio:   ${((rate / ceilingRate) * 100).toFixed(1)} % of the ceiling`);
    if (!once) process.exitCode = 1;
  } finally {
    await pool.end();
    await Promise.all(servers.map((x) => x.stop()));
    await database.drop();
  }
}

main().then(() => process.exit(process.exitCode ?? 0), (err) => { console.error(err); process.exit(1); });
