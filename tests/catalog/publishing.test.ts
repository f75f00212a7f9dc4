// Versions: drafts are edited, publishing checks the rules and creates an immutable version, residents read
// the newest, older versions stay readable, versions can be compared and an older one published again.
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';

let t: TestApp;
let admin: string;
let clerk: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  admin = await staffToken(t, staff.cityAdmin);
  clerk = await staffToken(t, staff.clerkX);
});
afterAll(() => t.close());

async function draftOf(pattern: RegExp, department: string) {
  const list = await t.request.get(`/api/admin/matters?department=${department}&pageSize=200`).set(bearer(admin)).expect(200);
  const item = list.body.items.find((d: { name: string }) => pattern.test(d.name));
  expect(item.departmentName).toMatch(/局|会|中心/);
  return (await t.request.get(`/api/admin/matters/${item.id}`).set(bearer(admin)).expect(200)).body;
}

it('publishes an edited promise limit as a new version; residents see it, the old version is unchanged', async () => {
  const draft = await draftOf(/残疾人证.*新办|新办.*残疾人证/, 'cl');
  const before = (await t.request.get(`/api/matters/${draft.id}`).expect(200)).body;
  const newDays = before.promiseDays > 1 ? before.promiseDays - 1 : before.promiseDays;
  const content = { ...draft.content, promiseLimit: { ...draft.content.promiseLimit, value: newDays } };
  await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content }).expect(200);
  // Residents still read version 1 until the catalog is published.
  expect((await t.request.get(`/api/matters/${draft.id}`).expect(200)).body.promiseDays).toBe(before.promiseDays);

  const published = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '缩短残疾人证新办承诺时限' }).expect(200);
  expect(published.body).toMatchObject({ version: 2, counts: { handheld: 216, township: 237, village: 44 } });
  expect((await t.request.get(`/api/matters/${draft.id}`).expect(200)).body).toMatchObject({ version: 2, promiseDays: newDays });
  expect((await t.request.get(`/api/matters/${draft.id}?version=1`).expect(200)).body).toEqual(before);

  const diff = await t.request.get('/api/admin/catalog/versions/1/diff/2').set(bearer(admin)).expect(200);
  expect(diff.body).toMatchObject({ added: [], removed: [], changed: [{ id: draft.id, fields: ['promiseLimit'] }] });
  // Each changed field with its Chinese name, before and after as people read them.
  const unit = draft.content.promiseLimit.unit;
  expect(diff.body.changed[0].changes).toEqual([
    { field: 'promiseLimit', label: '承诺办结时限', before: expect.stringMatching(new RegExp(`^${before.promiseLimit.value} ${unit}`)), after: expect.stringMatching(new RegExp(`^${newDays} ${unit}`)) },
  ]);
  const audit = await t.db.prisma.auditEvent.findFirst({ where: { action: 'catalog.publish', subjectId: '2' } });
  expect(audit?.actorKind).toBe('staff');
});

it('refuses to publish with the list of failures when a draft breaks a rule, and publishes nothing', async () => {
  // A matter with a 法定时限 set by a document (临时救助 has none: nothing to exceed).
  const draft = await draftOf(/最低生活保障申请/, 'mz');
  const broken = { ...draft.content, promiseLimit: { ...draft.content.promiseLimit, value: draft.content.legalLimit.value + 5 } };
  await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content: broken }).expect(200);
  const validation = await t.request.post('/api/admin/catalog/validate').set(bearer(admin)).expect(200);
  expect(validation.body.errors).toEqual([{ matterId: draft.id, name: draft.name, rule: 'limits', message: '承诺办结时限不得超过法定办结时限' }]);
  const refused = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '不应发布' }).expect(422);
  expect(refused.body.error).toMatchObject({ code: 'catalog_invalid', details: [{ field: draft.id, message: '[limits] 承诺办结时限不得超过法定办结时限' }] });
  expect(await t.db.prisma.catalogVersion.count()).toBe(2);
  await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content: draft.content }).expect(200);
});

it('publishes an older version again as a new version with the old content', async () => {
  const res = await t.request.post('/api/admin/catalog/versions/1/republish').set(bearer(admin)).send({ note: '恢复第 1 版' }).expect(200);
  expect(res.body).toMatchObject({ version: 3, republishOf: 1 });
  const diff = await t.request.get('/api/admin/catalog/versions/1/diff/3').set(bearer(admin)).expect(200);
  expect(diff.body).toMatchObject({ added: [], removed: [], changed: [] });
  const versions = await t.request.get('/api/admin/catalog/versions').set(bearer(admin)).expect(200);
  expect(versions.body.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
  // The publisher by name and account; the seed's first publication as 系统初始化; never a raw id.
  expect(versions.body.map((v: { publisherName: string }) => v.publisherName)).toEqual(['市级管理员（city）', '市级管理员（city）', '系统初始化']);
});

it('names list items that changed, with their parts, and a changed status, in the diff', async () => {
  const draft = await draftOf(/临时救助/, 'mz');
  const [first, ...rest] = draft.content.materials as { name: string }[];
  const content = { ...draft.content, materials: [{ ...first, name: `${first.name}（复印件）` }, ...rest] };
  await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content }).expect(200);
  await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '调整临时救助材料名称' }).expect(200);
  const diff = (await t.request.get('/api/admin/catalog/versions/3/diff/4').set(bearer(admin)).expect(200)).body;
  const matter = diff.changed.find((c: { id: string }) => c.id === draft.id);
  expect(matter.changes).toHaveLength(1);
  const change = matter.changes[0];
  expect(change).toMatchObject({ field: 'materials', label: '申请材料' });
  expect(change.before).toMatch(new RegExp(`^1\\. 材料名称：${first.name}，`));
  expect(change.after).toMatch(new RegExp(`^1\\. 材料名称：${first.name}（复印件），`));
  expect(change.after).toContain('必要性：');
  expect(change.after).not.toMatch(/necessity|required/);
  await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content: draft.content }).expect(200);
});

it('refuses an incomplete guide at the edit, naming the fields', async () => {
  const draft = await draftOf(/临时救助/, 'mz');
  const res = await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin))
    .send({ content: { ...draft.content, basis: [], aliases: ['低保'] } }).expect(400);
  expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['content.aliases', 'content.basis']);
});

it('is for the city catalog office only', async () => {
  await t.request.post('/api/admin/catalog/publish').set(bearer(clerk)).send({ note: '越权发布' }).expect(403);
});
