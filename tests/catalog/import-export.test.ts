// Import and export: another district's real list, our own spreadsheets, all or nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';
import { withoutGeneratedForms } from '../../src-server/catalog/form-files';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';

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
  // Generated form files are not authored: the next publication makes them again.
  for (const p of published) expect(now.get(p.matterId)).toEqual(withoutGeneratedForms(p.content as MatterSource));
});

it('imports the guangan catalog as 1,135 drafts with what each lacks, and publishing then refuses them one by one', async () => {
  const before = await drafts();
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).set('Content-Type', 'application/json')
    .send(readFileSync(guanganFile, 'utf8')).expect(200);
  expect(res.body).toMatchObject({ created: 1135, updated: 0, incomplete: 1135 });
  expect(res.body.report[0]).toEqual({ row: '第 1 个事项', key: expect.stringMatching(/^imp-/), name: '企业投资项目备案（技术改造）（市级/县级）', missing: expect.arrayContaining(['basis', 'materials', 'steps']) });
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
    { field: '第 2 个事项', message: '缺少事项名称' },
    { field: '第 3 个事项', message: '事项类型 99 无法识别' },
    { field: '第 3 个事项', message: '业务办理项编码与 第 1 个事项 重复' },
  ]);
  expect(await drafts()).toBe(before);
});

it('names the place of a bad entry in plain Chinese, never a parser’s English, and imports nothing', async () => {
  const before = await drafts();
  const english = /[A-Za-z]{4,}/;
  // Our format: the third department's first matter has no code; a department that is not one.
  const ours = { departments: [
    { code: 'mz', name: '民政局', matters: [{ name: '临时救助申请（测试）', itemCode: 'TEST-OURS-0001' }] },
    '民政局',
    { code: 'rs', name: '人社局', matters: [{ name: '没有编码的事项' }, 42] },
  ] };
  const res = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).send(ours).expect(422);
  expect(res.body.error.details).toEqual([
    { field: '第 2 个部门', message: expect.stringContaining('部门应写成') },
    { field: '第 3 个部门第 1 个事项', message: '缺少业务办理项编码' },
    { field: '第 3 个部门第 2 个事项', message: expect.stringContaining('这一项不是事项') },
  ]);
  // Another district's list with an entry lacking its fields: reported at its place, not "invalid input".
  const list = { matters: [{ name: '缺字段的事项', department: '区民政局' }] };
  const missing = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).send(list).expect(422);
  expect(missing.body.error.details).toEqual([
    { field: '第 1 个事项', message: '缺少事项类型（taskType）' },
    { field: '第 1 个事项', message: '缺少业务办理项编码' },
  ]);
  // A JSON file that does not parse: the line and column, in Chinese.
  const broken = await t.request.post('/api/admin/catalog/import').set(bearer(admin))
    .attach('file', Buffer.from('{\n  "matters": [\n    {"name": "a",}\n  ]\n}'), 'list.json').expect(400);
  expect(broken.body.error.details).toEqual([{ field: 'file', message: expect.stringContaining('list.json：JSON 格式有误：第 3 行第 ') }]);
  // A spreadsheet that is not one.
  const xlsx = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).attach('file', Buffer.from('not a zip'), 'list.xlsx').expect(400);
  for (const answer of [res, missing, broken, xlsx]) {
    // Field names the file itself uses (and the word JSON) are not a parser's English.
    const ours = /list\.json|JSON|taskType|code|name|matters|itemCode|implementCode/g;
    expect(answer.body.error.message.replace(ours, '')).not.toMatch(english);
    for (const d of answer.body.error.details as { message: string }[]) expect(d.message.replace(ours, '')).not.toMatch(english);
  }
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
