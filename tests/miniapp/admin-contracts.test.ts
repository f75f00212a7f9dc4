// The admin contracts of src-shared/contracts/catalog-admin.ts against the real server (seeded catalog): each
// response schema accepts what its route answers and keeps every field of it (zod drops fields a schema does
// not name, so a schema that missed one would not give the answer back whole), and each request schema is the
// one the route checks. The mini-program's admin types are inferred from these schemas.
import { z } from 'zod';
import {
  CatalogVersionListSchema,
  CreateDelegationSchema,
  DelegationListQuerySchema,
  DelegationPageSchema,
  DelegationSchema,
  DraftListQuerySchema,
  DraftPageSchema,
  DraftSchema,
  DraftUpdateSchema,
  ExportQuerySchema,
  ImportReportSchema,
  PublishBodySchema,
  PublishResultSchema,
  RecallDelegationSchema,
  RepublishResultSchema,
  RoutingPreviewQuerySchema,
  RoutingPreviewSchema,
  TemplateQuerySchema,
  ValidateResultSchema,
  VersionDiffSchema,
} from '@shared/contracts/catalog-admin';
import * as catalogRequests from '../../src-server/catalog/schemas';
import * as delegationRequests from '../../src-server/delegations/schemas';
import * as routingRequests from '../../src-server/routing/schemas';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, countyOfX, staff, staffToken, townshipX } from '../support/people';

let t: TestApp;
let admin: string;
let county: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  admin = await staffToken(t, staff.cityAdmin);
  county = await staffToken(t, staff.countyAdmin);
});
afterAll(() => t.close());

/** The schema accepts the answer and gives it back whole. */
function expectExactly(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  expect(parsed.data).toEqual(body);
}

describe('response schemas describe what the routes answer', () => {
  test('drafts: the list, one draft, a saved draft', async () => {
    const list = await t.request.get('/api/admin/matters?department=cl&pageSize=5').set(bearer(admin)).expect(200);
    expectExactly(DraftPageSchema, list.body);
    expect(list.body.items.length).toBeGreaterThan(0);
    const id = list.body.items[0].id as string;
    const draft = await t.request.get(`/api/admin/matters/${id}`).set(bearer(admin)).expect(200);
    expectExactly(DraftSchema, draft.body);
    const saved = await t.request.put(`/api/admin/matters/${id}`).set(bearer(admin)).send({ content: draft.body.content, status: '在用' }).expect(200);
    expectExactly(DraftSchema, saved.body);
  });

  test('check, publish, versions, diff and republish', async () => {
    const list = await t.request.get('/api/admin/matters?department=mz&pageSize=1').set(bearer(admin)).expect(200);
    const draft = (await t.request.get(`/api/admin/matters/${list.body.items[0].id}`).set(bearer(admin)).expect(200)).body;
    const broken = { ...draft.content, promiseLimit: { ...draft.content.promiseLimit, value: draft.content.legalLimit.value + 5 } };
    await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content: broken }).expect(200);
    const problems = await t.request.post('/api/admin/catalog/validate').set(bearer(admin)).expect(200);
    expectExactly(ValidateResultSchema, problems.body);
    expect(problems.body.errors.length).toBeGreaterThan(0);
    await t.request.put(`/api/admin/matters/${draft.id}`).set(bearer(admin)).send({ content: draft.content }).expect(200);
    expectExactly(ValidateResultSchema, (await t.request.post('/api/admin/catalog/validate').set(bearer(admin)).expect(200)).body);

    const published = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '合同测试发布' }).expect(200);
    expectExactly(PublishResultSchema, published.body);
    const versions = await t.request.get('/api/admin/catalog/versions').set(bearer(admin)).expect(200);
    expectExactly(CatalogVersionListSchema, versions.body);
    const diff = await t.request.get(`/api/admin/catalog/versions/1/diff/${published.body.version}`).set(bearer(admin)).expect(200);
    expectExactly(VersionDiffSchema, diff.body);
    const again = await t.request.post('/api/admin/catalog/versions/1/republish').set(bearer(admin)).send({ note: '合同测试重新发布' }).expect(200);
    expectExactly(RepublishResultSchema, again.body);
    const after = await t.request.get('/api/admin/catalog/versions').set(bearer(admin)).expect(200);
    expectExactly(CatalogVersionListSchema, after.body);
    expect(after.body[0].republishOf).toBe(1);
  });

  test('import', async () => {
    const file = {
      matters: [
        { name: '合同测试事项', department: '区残联', mainItem: null, implementCode: '511A0099000009-511602000000-000-1151130100877800CT-1-00', taskType: '20' },
      ],
    };
    const report = await t.request.post('/api/admin/catalog/import').set(bearer(admin)).send(file).expect(200);
    expectExactly(ImportReportSchema, report.body);
    expect(report.body.report).toHaveLength(1);
  });

  test('delegations: the list, a new one, a recall; the routing preview', async () => {
    const list = await t.request.get(`/api/admin/delegations?county=${countyOfX}&pageSize=20`).set(bearer(county)).expect(200);
    expectExactly(DelegationPageSchema, list.body);
    expect(list.body.items.length).toBeGreaterThan(0);
    // A recalled delegation, found through the list's matter filter (a page of the list need not hold one).
    const seededRecall = await t.db.prisma.delegation.findFirstOrThrow({ where: { countyCode: countyOfX, recalledAt: { not: null } } });
    const ofMatter = await t.request.get(`/api/admin/delegations?county=${countyOfX}&matterId=${seededRecall.matterId}`).set(bearer(county)).expect(200);
    expectExactly(DelegationPageSchema, ofMatter.body);
    expect(ofMatter.body.items.some((d: { recall: unknown }) => d.recall !== null)).toBe(true);

    const matters = (await t.request.get('/api/matters?level=4&pageSize=100').expect(200)).body.items as { id: string }[];
    const taken = new Set<string>();
    for (let page = 1; page < 20; page++) {
      const rows = (await t.request.get(`/api/admin/delegations?county=${countyOfX}&page=${page}&pageSize=200`).set(bearer(county)).expect(200)).body;
      for (const d of rows.items) taken.add(d.matterId);
      if (page * 200 >= rows.total) break;
    }
    const matter = matters.find((m) => !taken.has(m.id))!;
    const created = await t.request
      .post('/api/admin/delegations')
      .set(bearer(county))
      .send({ countyCode: countyOfX, matterId: matter.id, townshipCodes: [townshipX], toVillages: false, powerSource: 'entrusted', documentNo: '安殷编〔2025〕1号', effectiveFrom: '2025-01-01', takenUp: true })
      .expect(201);
    expectExactly(DelegationSchema, created.body);
    const recalled = await t.request
      .post(`/api/admin/delegations/${created.body.id}/recall`)
      .set(bearer(county))
      .send({ effectiveUntil: '2025-06-01', documentNo: '安殷编〔2025〕2号', reason: '合同测试收回' })
      .expect(200);
    expectExactly(DelegationSchema, recalled.body);
    expect(recalled.body.recall).not.toBeNull();

    for (const at of ['2025-03-01', '2025-07-01']) {
      const preview = await t.request.get(`/api/routing/preview?matterId=${matter.id}&regionCode=${townshipX}&at=${at}`).expect(200);
      expectExactly(RoutingPreviewSchema, preview.body);
    }
  });
});

describe('request schemas are the ones the routes check', () => {
  test.each([
    ['GET /api/admin/matters', DraftListQuerySchema, catalogRequests.DraftListQuery],
    ['PUT /api/admin/matters/:id', DraftUpdateSchema, catalogRequests.ReplaceDraftBody],
    ['POST /api/admin/catalog/publish', PublishBodySchema, catalogRequests.PublishBody],
    ['GET /api/admin/catalog/export', ExportQuerySchema, catalogRequests.ExportQuery],
    ['GET /api/admin/catalog/template', TemplateQuerySchema, catalogRequests.TemplateQuery],
    ['GET /api/admin/delegations', DelegationListQuerySchema, delegationRequests.DelegationListQuery],
    ['POST /api/admin/delegations', CreateDelegationSchema, delegationRequests.CreateDelegationBody],
    ['POST /api/admin/delegations/:id/recall', RecallDelegationSchema, delegationRequests.RecallBody],
    ['GET /api/routing/preview', RoutingPreviewQuerySchema, routingRequests.RoutingPreviewQuery],
  ] as [string, z.ZodType, z.ZodType][])('%s', (_route, ours, theirs) => {
    expect(z.toJSONSchema(ours, { io: 'input' })).toEqual(z.toJSONSchema(theirs, { io: 'input' }));
    expect(z.toJSONSchema(ours)).toEqual(z.toJSONSchema(theirs));
  });

  test('they refuse what the routes refuse, with the same messages', () => {
    const bad = { countyCode: '4105', matterId: 'x', townshipCodes: [], powerSource: 'given', documentNo: '号', effectiveFrom: '2025-02-30' };
    const messages = (schema: z.ZodType) => schema.safeParse(bad).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages(CreateDelegationSchema)).toEqual(messages(delegationRequests.CreateDelegationBody));
    expect(messages(CreateDelegationSchema)?.length).toBeGreaterThan(4);
  });
});
