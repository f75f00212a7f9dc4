// 有空白表格 / 有填写样表 on the seeded catalog: every tag a guide shows opens a real file of that material, kept
// with the catalog version; a claim no file can honestly be made for shows no tag.
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';
import { readDepartmentSources } from '../../src-server/catalog/catalog-files';
import { decodePdfText } from '../../src-server/catalog/form-pdf';
import { formsOffered } from '../../src-server/catalog/form-templates';
import type { Guide } from '../../src-shared/contracts/catalog';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
});
afterAll(() => t.close());

type Material = Guide['materials'][number];
const materialsOf = (g: Guide): Material[] => [...g.materials, ...g.situations.flatMap((s) => s.materials)];
const title = (name: string) => name.replace(/^《(.*)》$/, '$1');

async function allGuides(): Promise<Guide[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await t.request.get(`/api/matters?pageSize=100&page=${page}`).expect(200);
    ids.push(...res.body.items.map((m: { id: string }) => m.id));
    if (ids.length >= res.body.total) break;
  }
  const guides: Guide[] = [];
  for (const id of ids) guides.push((await t.request.get(`/api/matters/${id}`).expect(200)).body);
  return guides;
}

const fetchPdf = (url: string) =>
  t.request.get(url).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

it('every 有空白表格 / 有填写样表 shown opens a PDF of that material, and only claims with a file are shown', async () => {
  const claims = new Map<string, { blank: boolean; sample: boolean }>();
  for (const d of readDepartmentSources()) {
    for (const m of d.matters) {
      for (const x of [...m.materials, ...m.situations.flatMap((s) => s.materials)]) claims.set(`${m.key}|${x.name}`, { blank: x.blankForm, sample: x.sampleForm });
    }
  }
  let shown = 0;
  let hidden = 0;
  for (const g of await allGuides()) {
    for (const m of materialsOf(g)) {
      const claim = claims.get(`${g.key}|${m.name}`) ?? { blank: false, sample: false };
      const offered = formsOffered(m.name);
      for (const kind of ['blank', 'sample'] as const) {
        const tag = kind === 'blank' ? m.blankForm : m.sampleForm;
        // Shown exactly when the catalog claims it and a file can honestly be made.
        expect({ matter: g.key, material: m.name, kind, tag }).toEqual({ matter: g.key, material: m.name, kind, tag: claim[kind] && offered[kind] });
        if (claim[kind] && !tag) hidden++;
        if (!tag) continue;
        shown++;
        const res = await fetchPdf(`/api/matters/${g.id}/forms/${m.id}/${kind}?version=${g.version}`).expect(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['cache-control']).toContain('immutable');
        const pdf = res.body as Buffer;
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.subarray(-6).toString()).toBe('%%EOF\n');
        const text = decodePdfText(pdf);
        expect(text).toContain(title(m.name).slice(0, 20));
        expect(text).toContain(g.name);
        expect(text).toContain('不是部门印制表格的扫描件');
        if (kind === 'sample') expect(text).toContain('样例');
        else expect(text).not.toContain('样例');
      }
    }
  }
  // The seeded catalog claims about 600 forms; the few with no honest file (体检表, 协议书, samples of pledges) are hidden.
  expect(shown).toBeGreaterThan(500);
  expect(hidden).toBeGreaterThan(0);
});

it('a table holds the matter’s own form fields; the sample fills them in blue under a 样例 mark', async () => {
  const res = await t.request.get('/api/matters?department=cl&pageSize=100').expect(200);
  const card = res.body.items.find((m: { name: string }) => m.name === '残疾人证新办');
  const guide: Guide = (await t.request.get(`/api/matters/${card.id}`).expect(200)).body;
  const form = materialsOf(guide).find((m) => m.blankForm && /申请表/.test(m.name))!;
  const blank = decodePdfText((await fetchPdf(`/api/matters/${card.id}/forms/${form.id}/blank`).expect(200)).body);
  const sample = decodePdfText((await fetchPdf(`/api/matters/${card.id}/forms/${form.id}/sample`).expect(200)).body);
  for (const field of guide.formSchema.fields) {
    expect(blank).toContain(field.label);
    expect(sample).toContain(field.label);
  }
  expect(blank).toContain('申请人姓名');
  expect(sample).toContain('张三');
  expect(blank).not.toContain('张三');
});

it('an old version keeps its own file after the next publication changes the matter', async () => {
  const list = await t.request.get('/api/matters?department=cl&pageSize=100').expect(200);
  const card = list.body.items.find((m: { name: string }) => m.name === '残疾人证新办');
  const before: Guide = (await t.request.get(`/api/matters/${card.id}`).expect(200)).body;
  const form = materialsOf(before).find((m) => m.blankForm)!;
  const oldPdf = (await fetchPdf(`/api/matters/${card.id}/forms/${form.id}/blank?version=${before.version}`).expect(200)).body as Buffer;

  const admin = await staffToken(t, staff.cityAdmin);
  const draft = (await t.request.get(`/api/admin/matters/${card.id}`).set(bearer(admin)).expect(200)).body;
  const form0 = { ...draft.content.form[0], label: `${draft.content.form[0].label}（新）` };
  const content = { ...draft.content, form: [form0, ...draft.content.form.slice(1)] };
  await t.request.put(`/api/admin/matters/${card.id}`).set(bearer(admin)).send({ content }).expect(200);
  const published = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '表格字段调整' }).expect(200);

  const newPdf = (await fetchPdf(`/api/matters/${card.id}/forms/${form.id}/blank?version=${published.body.version}`).expect(200)).body as Buffer;
  expect(decodePdfText(newPdf)).toContain('（新）');
  const again = (await fetchPdf(`/api/matters/${card.id}/forms/${form.id}/blank?version=${before.version}`).expect(200)).body as Buffer;
  expect(again.equals(oldPdf)).toBe(true);
  expect(decodePdfText(again)).not.toContain('（新）');
});

it('a material without the tag, or a wrong kind, answers 404 / 400 in Chinese', async () => {
  const list = await t.request.get('/api/matters?department=cl&pageSize=100').expect(200);
  const card = list.body.items.find((m: { name: string }) => m.name === '残疾人证新办');
  const guide: Guide = (await t.request.get(`/api/matters/${card.id}`).expect(200)).body;
  const plain = materialsOf(guide).find((m) => !m.blankForm)!;
  const none = await t.request.get(`/api/matters/${card.id}/forms/${plain.id}/blank`).expect(404);
  expect(none.body.error.message).toBe('这项材料没有可下载的空白表格');
  const bad = await t.request.get(`/api/matters/${card.id}/forms/${plain.id}/other`).expect(400);
  expect(JSON.stringify(bad.body.error)).toContain('blank（空白表格）');
});
