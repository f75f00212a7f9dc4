// A server killed with SIGKILL in the middle of submissions loses nothing it answered and leaves no half case:
// every 201 has its whole case (materials, timeline, routing) after a restart, and every case in the database
// is whole. The server runs as a real process on PostgreSQL (DATABASE_URL), as in production.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { idCheckChar } from '../../src-shared/identity/personal-numbers';
import { freePort } from '../e2e/support/server';
import { materialsFor } from '../../src-server/applications/matter-requirements';
import { jpeg } from '../support/files';

const serverUrl = process.env.DATABASE_URL;
const onServer = serverUrl ? describe : describe.skip;
const root = path.join(__dirname, '..', '..');

onServer('a server killed mid-submission', () => {
  const name = `zsb_crash_${randomBytes(4).toString('hex')}`;
  // Built only where the suite runs on a server (jest still evaluates a skipped describe's body).
  const url = new URL(serverUrl ?? 'postgresql://localhost/unused');
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  let port: number;
  let child: ChildProcess | undefined;

  async function start() {
    child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', BUILD_H5_ON_START: 'false', RATE_LIMITS: 'false', DEMO_HISTORY: 'false', PII_KEY: `crash:${Buffer.alloc(32, 7).toString('base64')}`, PII_HASH_KEY: Buffer.alloc(32, 8).toString('base64') },
      stdio: 'ignore',
    });
    const started = Date.now();
    while (!(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (Date.now() - started > 150_000) throw new Error('server not ready in 150 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    port = await freePort();
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('keeps every answered case whole and leaves no half case', async () => {
    await start();
    const base = `http://127.0.0.1:${port}`;
    const json = { 'Content-Type': 'application/json' };
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const { rows: [township] } = await db.query<{ code: string }>(`SELECT code FROM region WHERE parent_code = '410526' AND level = 'township' ORDER BY code LIMIT 1`);
      const { rows: matters } = await db.query<{ matter_id: string; content: { form: { key: string; type: string; required: boolean; options?: { value: string }[]; min?: number }[]; situations: { key: string }[]; materials: { name: string; necessity: string; source: string }[] } }>(
        `SELECT m.matter_id, m.content FROM published_matter m JOIN delegation d ON d.matter_id = m.matter_id AND d.county_code = '410526' AND d.taken_up
         WHERE m.version = 1 AND m.level = 4 AND m.handheld AND m.status = '在用' ORDER BY m.name`,
      );
      // Residents with a profile and one uploaded photo per required material of the matter they apply for.
      const matter = matters.find((m) => m.content.situations.length === 0 && materialsFor(m.content as never, null).some((x) => !x.shared && x.necessity === 'required'))!;
      const wanted = materialsFor(matter.content as never, null).filter((x) => !x.shared && x.necessity === 'required');
      const form: Record<string, unknown> = {};
      for (const f of matter.content.form.filter((x) => x.required)) {
        form[f.key] = f.type === 'select' ? f.options![0].value : f.type === 'multiselect' ? [f.options![0].value] : f.type === 'number' ? (f.min ?? 1) : f.type === 'date' ? '2026-11-02' : f.type === 'phone' ? '13900139000' : f.type === 'region' ? township.code : '滑县道口镇解放路 12 号';
      }
      const photo = await jpeg(320, 240);
      const people: { auth: Record<string, string>; body: string }[] = [];
      for (let i = 0; i < 8; i++) {
        const login = await fetch(`${base}/api/auth/dev`, { method: 'POST', headers: json, body: JSON.stringify({ openid: `crash-${i}` }) }).then((r) => r.json() as Promise<{ token: string }>);
        const auth = { Authorization: `Bearer ${login.token}` };
        const first17 = `41052619800101${String(100 + i)}`;
        await fetch(`${base}/api/me/profile`, { method: 'PUT', headers: { ...auth, ...json }, body: JSON.stringify({ name: '王建国', idNumber: first17 + idCheckChar(first17), phone: '13800138000', regionCode: township.code }) });
        const materials = [];
        for (const w of wanted) {
          const fd = new FormData();
          fd.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
          const up = await fetch(`${base}/api/uploads`, { method: 'POST', headers: auth, body: fd }).then((r) => r.json() as Promise<{ id: string }>);
          materials.push({ materialId: w.id, uploadIds: [up.id] });
        }
        people.push({ auth, body: JSON.stringify({ matterId: matter.matter_id, form, materials }) });
      }

      // Fire submissions from all of them; kill the server once some have been answered.
      const answered: string[] = [];
      let sent = 0;
      const fire = async (p: (typeof people)[number]) => {
        for (;;) {
          const key = `crash-${sent++}-${randomBytes(4).toString('hex')}`;
          const res = await fetch(`${base}/api/applications`, { method: 'POST', headers: { ...p.auth, ...json, 'Idempotency-Key': key }, body: p.body }).catch(() => null);
          if (!res) return;
          if (res.status === 201) answered.push(((await res.json()) as { id: string }).id);
          if (answered.length >= 40 && child && child.exitCode === null) child.kill('SIGKILL');
        }
      };
      await Promise.all(people.map(fire));
      expect(answered.length).toBeGreaterThanOrEqual(40);

      await start(); // the same database, a new process
      const { rows: cases } = await db.query<{ id: string; queue_id: string; route_reason: string; events: string; materials: string }>(
        `SELECT a.id, a.queue_id, a.route_reason,
           (SELECT count(*) FROM application_event e WHERE e.application_id = a.id) AS events,
           (SELECT count(*) FROM application_material m WHERE m.application_id = a.id) AS materials
         FROM application a`,
      );
      const byId = new Map(cases.map((c) => [c.id, c]));
      for (const id of answered) expect(byId.has(id)).toBe(true);
      for (const c of cases) {
        expect(Number(c.events)).toBe(1);
        expect(Number(c.materials)).toBe(wanted.length);
        expect(c.queue_id).toBe(`township:${township.code}`);
        expect(c.route_reason).toContain('滑编');
      }
      const seen = await fetch(`${base}/api/applications/${answered[0]}`, { headers: people[0].auth });
      expect([200, 404]).toContain(seen.status); // 404 when that case is another resident's
    } finally {
      await db.end();
    }
  }, 600_000);
});
