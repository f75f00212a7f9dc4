// Import and export: another district's real list, our own spreadsheets, all or nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';

const guanganFile = path.join(__dirname, '..', '..', '..', 'shared', 'data', 'guangan-catalog.json');
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  admin = await staffToken(t, staff.cityAdmin);
});
afterAll(() => t.close());

const drafts = () => t.db.prisma.matterDraft.count();
/** supertest parser that keeps a download as bytes. */
const binary = ((res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}) as never;

it('round-trips the published catalog through XLSX without losing a guide field', async () => {
  const xlsx = await t.request.get('/api/admin/catalog/export?format=xlsx').set(bearer(admin)).buffer(true).parse(binary).expect(200);
  expect(xlsx.headers['content-disposition']).toContain('.xlsx');
  const before = await drafts();
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin))
    .attach('file', xlsx.body as Buffer, 'anyang.xlsx').expect(200);
  expect(res.body).toMatchObject({ created: 0, updated: before, incomplete: 0 });
  const validation = await t.request.post('/api/admin/catalog/validate').set(bearer(admin)).expect(200);
  expect(validation.body.errors).toEqual([]);
  // Same content as published, field for field.
  const published = await t.db.prisma.publishedMatter.findMany({ where: { version: 1 } });
  const now = new Map((await t.db.prisma.matterDraft.findMany()).map((d) => [d.id, d.content]));
  for (const p of published) expect(now.get(p.matterId)).toEqual(p.content);
});

it('imports the guangan catalog as 1,135 drafts with what each lacks, and publishing then refuses them one by one', async () => {
  const before = await drafts();
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).set('Content-Type', 'application/json')
    .send(readFileSync(guanganFile, 'utf8')).expect(200);
  expect(res.body).toMatchObject({ created: 1135, updated: 0, incomplete: 1135 });
  expect(res.body.report[0]).toEqual({ row: 'matters[0]', key: expect.stringMatching(/^imp-/), name: '企业投资项目备案（技术改造）（市级/县级）', missing: expect.arrayContaining(['basis', 'materials', 'steps']) });
  expect(await drafts()).toBe(before + 1135);
  const imported = await t.db.prisma.matterDraft.findFirstOrThrow({ where: { name: '教师资格认定', origin: 'import' } });
  expect(imported.departmentCode).toBe('jy'); // 区教科体局 → our 教育
  expect((imported.content as { type: string }).type).toBe('01');

  const refused = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '不应发布' }).expect(422);
  const refusedIds = new Set(refused.body.error.details.map((d: { field: string }) => d.field));
  expect(refusedIds.has(imported.id)).toBe(true);
  expect(refusedIds.size).toBeGreaterThanOrEqual(1135);
  expect(refused.body.error.details.find((d: { field: string }) => d.field === imported.id).message).toMatch(/^\[complete\] 办事指南缺少：.*设定依据.*申请材料/);
  expect(await t.db.prisma.catalogVersion.count()).toBe(1);

  // The same file again updates the same drafts instead of duplicating them.
  const again = await t.request.post('/api/admin/catalog/import').set(bearer(admin))
    .attach('file', readFileSync(guanganFile), 'guangan-catalog.json').expect(200);
  expect(again.body).toMatchObject({ created: 0, updated: 1135 });
});

it('refuses a file with a bad row as a whole, naming the rows, and imports nothing', async () => {
  const before = await drafts();
  const body = { matters: [
    { name: '城乡居民养老保险待遇测算', department: '区人社局', implementCode: 'TEST-0001-ABCDEFGHIJ', taskType: '20' },
    { name: '', department: '区人社局', implementCode: 'TEST-0002-ABCDEFGHIJ', taskType: '20' },
    { name: '重复编码的事项', department: '区人社局', implementCode: 'TEST-0001-ABCDEFGHIJ', taskType: '99' },
  ] };
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).send(body).expect(422);
  expect(res.body.error.code).toBe('import_invalid');
  expect(res.body.error.details).toEqual([
    { field: 'matters[1]', message: '缺少事项名称' },
    { field: 'matters[2]', message: '事项类型 99 无法识别' },
    { field: 'matters[2]', message: '业务办理项编码与 matters[0] 重复' },
  ]);
  expect(await drafts()).toBe(before);
});

it('offers XLSX and CSV templates, and takes a CSV of the 事项 sheet', async () => {
  const template = await t.request.get('/api/admin/catalog/template?format=csv').set(bearer(admin)).expect(200);
  const header = template.text.replace(/^\uFEFF/, '').trim();
  expect(header.startsWith('部门代码,部门名称,标识,事项名称')).toBe(true);
  const columns = header.split(',');
  const row = columns.map((c) => ({ 部门名称: '民政局', 事项名称: '困难群众价格临时补贴发放', 业务办理项编码: '410200990000-01', 事项类型: '05' } as Record<string, string>)[c] ?? '');
  const csv = `${header}\n${row.join(',')}\n`;
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).attach('file', Buffer.from(csv), 'list.csv').expect(200);
  expect(res.body).toMatchObject({ created: 1, incomplete: 1, report: [{ row: '第 2 行', name: '困难群众价格临时补贴发放' }] });
  expect((await t.db.prisma.matterDraft.findUniqueOrThrow({ where: { itemCode: '410200990000-01' } })).departmentCode).toBe('mz');
  const xlsx = await t.request.get('/api/admin/catalog/template?format=xlsx').set(bearer(admin)).buffer(true).parse(binary).expect(200);
  expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
});

it('refuses other file types and exports JSON in the authoring format', async () => {
  await t.request.post('/api/admin/catalog/import').set(bearer(admin)).attach('file', Buffer.from('x'), 'list.txt').expect(415);
  // A WeChat upload whose file name is a temporary path, with the real name in a field.
  const named = await t.request.post('/api/admin/catalog/import').set(bearer(admin))
    .field('filename', 'guangan.json').attach('file', readFileSync(guanganFile), 'tmp_4f1c2a9b').expect(200);
  expect(named.body.updated).toBe(1135);
  await t.request.post('/api/admin/catalog/import').set(bearer(admin)).set('Content-Type', 'text/plain').send('x').expect(415);
  const json = await t.request.get('/api/admin/catalog/export?format=json').set(bearer(admin)).expect(200);
  expect(json.body.departments).toHaveLength(27);
  expect(json.body.departments.flatMap((d: { matters: unknown[] }) => d.matters)).toHaveLength(376);
});
