// Every route the app registers, called by each kind of caller, with the status each must get. The list of
// routes comes from the app itself: a new route without a row here fails this suite.
import { appRoutes } from '../../src-server/app';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, idNumber, residentToken, staff, staffToken, villageOfX } from '../support/people';
import { applicationBody, townshipMatter } from '../support/cases';
import { jpeg } from '../support/files';

type Persona = 'anonymous' | 'residentA' | 'residentB' | 'clerkX' | 'clerkY' | 'countyAdmin' | 'cityAdmin';
const personas: Persona[] = ['anonymous', 'residentA', 'residentB', 'clerkX', 'clerkY', 'countyAdmin', 'cityAdmin'];

interface Case {
  path: string | ((ids: Ids) => string);
  body?: (persona: Persona) => unknown;
  expect: Record<Persona, number>;
}
interface Ids {
  residentA: string;
  familyOfA: string;
  matter: string;
  draft: string;
  /** Resident A's case, in the queue of township X. */
  caseOfA: string;
  /** A photo resident A uploaded, used by no case. */
  uploadOfA: string;
  /** Resident A's conversation with the assistant, handed over to township X's centre. */
  chatOfA: string;
  ticketOfA: string;
}

const all = (status: number): Record<Persona, number> =>
  Object.fromEntries(personas.map((p) => [p, status])) as Record<Persona, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const residentsOnly = (status: number) => ({ ...signedIn(403), residentA: status, residentB: status });
const staffInScopeOfA = (status: number) => ({
  ...signedIn(403), clerkX: status, clerkY: 404, countyAdmin: status, cityAdmin: status,
});
const cityAdminOnly = (status: number) => ({ ...signedIn(403), cityAdmin: status });
const adminsOnly = (status: number) => ({ ...signedIn(403), countyAdmin: status, cityAdmin: status });
const sequence: Record<Persona, string> = {
  anonymous: '100', residentA: '101', residentB: '102', clerkX: '103', clerkY: '104', countyAdmin: '105', cityAdmin: '106',
};

/** Expected status per caller, for every route: `METHOD path` exactly as the route declares it. */
const matrix: Record<string, Case> = {
  'GET /healthz': { path: '/healthz', expect: all(200) },
  'GET /readyz': { path: '/readyz', expect: all(200) },
  'GET /api/openapi.json': { path: '/api/openapi.json', expect: all(200) },
  'GET /api/regions': { path: '/api/regions?parent=4105', expect: all(200) },
  'GET /api/regions/:code': { path: '/api/regions/410505', expect: all(200) },
  // WeChat is not configured in tests: the route exists and says so.
  'POST /api/auth/wechat': { path: '/api/auth/wechat', body: () => ({ code: 'abc' }), expect: all(503) },
  'POST /api/auth/dev': { path: '/api/auth/dev', body: (p) => ({ openid: `probe-${p}` }), expect: all(200) },
  'GET /api/auth/demo-accounts': { path: '/api/auth/demo-accounts', expect: all(200) },
  'POST /api/auth/staff': { path: '/api/auth/staff', body: () => ({ username: 'nobody', password: 'nothing' }), expect: all(401) },
  'POST /api/auth/logout': { path: '/api/auth/logout', expect: signedIn(204) },
  'GET /api/me': { path: '/api/me', expect: signedIn(200) },
  'GET /api/me/profile': { path: '/api/me/profile', expect: residentsOnly(200) },
  'PUT /api/me/profile': {
    path: '/api/me/profile',
    body: (p) => ({ name: '王小明', idNumber: idNumber('19800101', sequence[p]), phone: '13800138000', regionCode: villageOfX }),
    expect: residentsOnly(200),
  },
  'GET /api/me/family': { path: '/api/me/family', expect: residentsOnly(200) },
  'POST /api/me/family': {
    path: '/api/me/family',
    body: (p) => ({ name: '王大明', idNumber: idNumber('19550101', sequence[p]), relation: '父母' }),
    expect: residentsOnly(201),
  },
  'DELETE /api/me/family/:id': {
    path: (ids) => `/api/me/family/${ids.familyOfA}`,
    expect: { ...residentsOnly(404), residentA: 204 },
  },
  'GET /api/me/family/requests': { path: '/api/me/family/requests', expect: residentsOnly(200) },
  'POST /api/me/family/requests/:id/:answer': {
    path: '/api/me/family/requests/00000000-0000-4000-8000-000000000000/accept', expect: residentsOnly(404),
  },
  // Only station clerks confirm a binding in person.
  'POST /api/staff/family-bindings/lookup': {
    path: '/api/staff/family-bindings/lookup', body: () => ({ idNumber: idNumber('19550101', '199') }),
    expect: { ...signedIn(403), clerkX: 200, clerkY: 200 },
  },
  'POST /api/staff/family-bindings/:id/confirm': {
    path: '/api/staff/family-bindings/00000000-0000-4000-8000-000000000000/confirm',
    body: () => ({ idNumber: idNumber('19550101', '199'), consent: { method: 'signature', note: '本人到站签字确认' } }),
    expect: { ...signedIn(403), clerkX: 404, clerkY: 404 },
  },
  'GET /api/staff/residents/:id': { path: (ids) => `/api/staff/residents/${ids.residentA}`, expect: staffInScopeOfA(200) },
  'GET /api/departments': { path: '/api/departments', expect: all(200) },
  'GET /api/matters': { path: '/api/matters?pageSize=5', expect: all(200) },
  'GET /api/matters/:id': { path: (ids) => `/api/matters/${ids.matter}`, expect: all(200) },
  // Public: a material without a form is not found for everyone alike (no sign-in asked).
  'GET /api/matters/:id/forms/:materialId/:kind': { path: (ids) => `/api/matters/${ids.matter}/forms/common-00000000/blank`, expect: all(404) },
  'GET /api/stats/catalog': { path: '/api/stats/catalog', expect: all(200) },
  // A county admin sees their own county (the default); another county's figures are not found.
  'GET /api/admin/stats': { path: '/api/admin/stats', expect: adminsOnly(200) },
  'GET /api/admin/stats/export': { path: '/api/admin/stats/export?county=410526', expect: { ...adminsOnly(200), countyAdmin: 404 } },
  'GET /api/admin/matters': { path: '/api/admin/matters?pageSize=5', expect: cityAdminOnly(200) },
  // A body that fails validation: the status shows the caller got past the access check (400) or not.
  'POST /api/admin/matters': { path: '/api/admin/matters', body: () => ({}), expect: cityAdminOnly(400) },
  'GET /api/admin/matters/:id': { path: (ids) => `/api/admin/matters/${ids.draft}`, expect: cityAdminOnly(200) },
  'PUT /api/admin/matters/:id': { path: (ids) => `/api/admin/matters/${ids.draft}`, body: () => ({}), expect: cityAdminOnly(400) },
  'DELETE /api/admin/matters/:id': { path: '/api/admin/matters/00000000-0000-4000-8000-000000000000', expect: cityAdminOnly(404) },
  'POST /api/admin/catalog/validate': { path: '/api/admin/catalog/validate', expect: cityAdminOnly(200) },
  'POST /api/admin/catalog/publish': { path: '/api/admin/catalog/publish', body: () => ({}), expect: cityAdminOnly(400) },
  'POST /api/admin/catalog/import': { path: '/api/admin/catalog/import', body: () => ({ matters: [] }), expect: cityAdminOnly(400) },
  'GET /api/admin/catalog/export': { path: '/api/admin/catalog/export?format=json', expect: adminsOnly(200) },
  'GET /api/admin/catalog/template': { path: '/api/admin/catalog/template?format=csv', expect: cityAdminOnly(200) },
  'GET /api/admin/catalog/versions': { path: '/api/admin/catalog/versions', expect: adminsOnly(200) },
  'GET /api/admin/catalog/versions/:from/diff/:to': { path: '/api/admin/catalog/versions/1/diff/1', expect: adminsOnly(200) },
  'POST /api/admin/catalog/versions/:version/republish': {
    path: '/api/admin/catalog/versions/99/republish', body: () => ({ note: '矩阵测试' }), expect: cityAdminOnly(404),
  },
  'GET /api/admin/delegations': { path: '/api/admin/delegations?pageSize=5', expect: adminsOnly(200) },
  // Only a county admin keeps the county's list; an empty body shows who got past the access check.
  'POST /api/admin/delegations': { path: '/api/admin/delegations', body: () => ({}), expect: { ...signedIn(403), countyAdmin: 400 } },
  'POST /api/admin/delegations/:id/recall': {
    path: '/api/admin/delegations/00000000-0000-4000-8000-000000000000/recall',
    body: () => ({ effectiveUntil: '2030-01-01', documentNo: '安殷编〔2030〕1号', reason: '矩阵测试' }),
    expect: { ...signedIn(403), countyAdmin: 404 },
  },
  'POST /api/admin/delegations/:id/recall/withdraw': {
    path: '/api/admin/delegations/00000000-0000-4000-8000-000000000000/recall/withdraw',
    body: () => ({ reason: '矩阵测试' }),
    expect: { ...signedIn(403), countyAdmin: 404 },
  },
  // Township centres, station list and department phones: admins read their county, only a county admin writes.
  'GET /api/admin/service-places/townships': { path: '/api/admin/service-places/townships?county=410505', expect: adminsOnly(200) },
  'PUT /api/admin/service-places/townships/:code': {
    path: '/api/admin/service-places/townships/410505001', body: () => ({ address: null, hours: null, phone: null }),
    expect: { ...signedIn(403), countyAdmin: 200 },
  },
  'GET /api/admin/service-places/townships/:code/stations': { path: '/api/admin/service-places/townships/410505001/stations', expect: adminsOnly(200) },
  'PUT /api/admin/service-places/stations/:code': {
    path: '/api/admin/service-places/stations/410505001001', body: () => ({ hasStation: true }),
    expect: { ...signedIn(403), countyAdmin: 200 },
  },
  'GET /api/admin/department-contacts': { path: '/api/admin/department-contacts?county=410505', expect: adminsOnly(200) },
  'PUT /api/admin/department-contacts/:county/:department': {
    path: '/api/admin/department-contacts/410505/mz', body: () => ({ phone: null }), expect: { ...signedIn(403), countyAdmin: 200 },
  },
  'GET /api/routing/preview': { path: (ids) => `/api/routing/preview?matterId=${ids.matter}&regionCode=410505101`, expect: all(200) },
  'POST /api/staff/residents/:id/reveal': {
    path: (ids) => `/api/staff/residents/${ids.residentA}/reveal`,
    body: () => ({ field: 'idNumber', reason: '核对申请材料' }),
    expect: staffInScopeOfA(200),
  },
  // A body that fails validation shows who got past the access check.
  'POST /api/applications': { path: '/api/applications', body: () => ({}), expect: signedIn(400) },
  'GET /api/applications': { path: '/api/applications', expect: residentsOnly(200) },
  'PUT /api/applications/drafts/:matterId': {
    path: (ids) => `/api/applications/drafts/${ids.matter}`,
    body: () => ({ step: 'form', version: 1, situationId: null, regionCode: null, form: {}, materials: [], onBehalf: null }),
    expect: residentsOnly(200),
  },
  'GET /api/applications/drafts/:matterId': { path: (ids) => `/api/applications/drafts/${ids.matter}`, expect: residentsOnly(200) },
  'DELETE /api/applications/drafts/:matterId': { path: (ids) => `/api/applications/drafts/${ids.matter}`, expect: residentsOnly(204) },
  'GET /api/applications/:id': {
    path: (ids) => `/api/applications/${ids.caseOfA}`,
    expect: { ...signedIn(404), residentA: 200, clerkX: 200, countyAdmin: 200, cityAdmin: 200 },
  },
  // Not in 补正: the owner is told the state does not allow it (409); anyone else does not see the case.
  'POST /api/applications/:id/supplement': {
    path: (ids) => `/api/applications/${ids.caseOfA}/supplement`, body: () => ({ materials: [] }),
    expect: { ...signedIn(403), residentA: 409, residentB: 404 },
  },
  'POST /api/applications/:id/claim': {
    path: (ids) => `/api/applications/${ids.caseOfA}/claim`,
    expect: { ...signedIn(403), clerkX: 200, clerkY: 404 },
  },
  // Clerk X holds the claim from the row above and releases it; the city admin sees the case but does not work it.
  'POST /api/applications/:id/actions': {
    path: (ids) => `/api/applications/${ids.caseOfA}/actions`, body: () => ({ action: 'release' }),
    expect: { ...signedIn(403), clerkX: 200, clerkY: 404 },
  },
  'GET /api/applications/:id/transfer-targets': {
    path: (ids) => `/api/applications/${ids.caseOfA}/transfer-targets`,
    expect: { ...signedIn(403), clerkX: 200, clerkY: 404, cityAdmin: 200 },
  },
  'GET /api/queues': { path: '/api/queues', expect: { ...signedIn(200), residentA: 403, residentB: 403 } },
  'GET /api/queues/:id/applications': {
    path: '/api/queues/township:410505001/applications',
    expect: { ...signedIn(403), clerkX: 200, clerkY: 404, countyAdmin: 200, cityAdmin: 200 },
  },
  'POST /api/queues/:id/claim': {
    path: '/api/queues/township:410505001/claim',
    expect: { ...signedIn(403), clerkX: 200, clerkY: 404 },
  },
  'GET /api/admin/calendar/:year': { path: '/api/admin/calendar/2027', expect: adminsOnly(200) },
  'PUT /api/admin/calendar/:year': {
    path: '/api/admin/calendar/2027',
    body: () => ({ holidays: ['2027-01-01'], workdays: [], notice: '矩阵测试通知' }),
    expect: cityAdminOnly(200),
  },
  'GET /api/search': { path: '/api/search?q=dibao', expect: all(200) },
  'GET /api/search/suggest': { path: '/api/search/suggest?q=cjrz', expect: all(200) },
  'POST /api/search/clicks': {
    path: '/api/search/clicks', body: () => ({ queryId: '00000000-0000-4000-8000-000000000000', matterId: '00000000-0000-4000-8000-000000000001' }), expect: all(404),
  },
  'GET /api/admin/search/unfound': { path: '/api/admin/search/unfound', expect: adminsOnly(200) },
  'POST /api/admin/search/aliases': { path: '/api/admin/search/aliases', body: () => ({}), expect: cityAdminOnly(400) },
  'POST /api/chat': { path: '/api/chat', body: () => ({ text: '残疾证要带什么材料' }), expect: all(200) },
  'GET /api/chat/:sessionId': { path: (ids) => `/api/chat/${ids.chatOfA}`, expect: { ...all(404), residentA: 200 } },
  'GET /api/consultations': { path: '/api/consultations', expect: { ...signedIn(200), residentA: 403, residentB: 403 } },
  'GET /api/consultations/:id': { path: (ids) => `/api/consultations/${ids.ticketOfA}`, expect: staffInScopeOfA(200) },
  // An empty answer shows who got past the access check (the answer itself is tested in tests/assistant).
  'POST /api/consultations/:id/answer': { path: (ids) => `/api/consultations/${ids.ticketOfA}/answer`, body: () => ({ text: '' }), expect: { ...signedIn(400), residentA: 403, residentB: 403 } },
  // Message push is not configured in tests: the routes do not exist (tests/assistant/wechat-push.test.ts configures it).
  'GET /wechat/push': { path: '/wechat/push?signature=x&timestamp=1&nonce=n&echostr=e', expect: all(404) },
  'POST /wechat/push': { path: '/wechat/push?signature=x&timestamp=1&nonce=n', body: () => ({}), expect: all(404) },
  'POST /api/uploads': { path: '/api/uploads', expect: signedIn(415) },
  'GET /api/uploads/mine': { path: '/api/uploads/mine', expect: residentsOnly(200) },
  'GET /api/uploads/:id': { path: (ids) => `/api/uploads/${ids.uploadOfA}`, expect: { ...signedIn(404), residentA: 200 } },
  'GET /api/uploads/:id/preview': { path: (ids) => `/api/uploads/${ids.uploadOfA}/preview`, expect: { ...signedIn(404), residentA: 200 } },
  // Ratings (tests/ratings): the matrix's case has not ended, so its owner is told so (409) and nobody else sees it.
  'POST /api/applications/:id/rating': {
    path: (ids) => `/api/applications/${ids.caseOfA}/rating`,
    body: () => ({ stars: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5 }),
    expect: { ...signedIn(403), residentA: 409, residentB: 404 },
  },
  'GET /api/applications/:id/rating': {
    path: (ids) => `/api/applications/${ids.caseOfA}/rating`,
    expect: { ...signedIn(404), residentA: 200, clerkX: 200, countyAdmin: 200, cityAdmin: 200 },
  },
  'POST /api/applications/:id/rating/again': {
    path: (ids) => `/api/applications/${ids.caseOfA}/rating/again`, body: () => ({ stars: 4 }),
    expect: { ...signedIn(403), residentA: 409, residentB: 404 },
  },
  // Notifications (tests/notifications): an empty consent list shows who got past the access check.
  'GET /api/notifications/templates': { path: '/api/notifications/templates', expect: all(200) },
  'POST /api/me/subscriptions': { path: '/api/me/subscriptions', body: () => ({ accepted: [] }), expect: residentsOnly(400) },
  'GET /api/admin/notifications': { path: '/api/admin/notifications?status=dead', expect: adminsOnly(200) },
  'POST /api/admin/notifications/:id/retry': { path: '/api/admin/notifications/00000000-0000-4000-8000-000000000000/retry', expect: cityAdminOnly(404) },
  'GET /api/follow-ups': { path: '/api/follow-ups', expect: { ...signedIn(200), residentA: 403, residentB: 403 } },
  'GET /api/follow-ups/:id': { path: '/api/follow-ups/00000000-0000-4000-8000-000000000000', expect: { ...signedIn(404), residentA: 403, residentB: 403 } },
  // An empty body shows who got past the access check: the clerks (and township leads) of the handling queue.
  'POST /api/follow-ups/:id/call-back': {
    path: '/api/follow-ups/00000000-0000-4000-8000-000000000000/call-back', body: () => ({}), expect: { ...signedIn(403), clerkX: 400, clerkY: 400 },
  },
  'POST /api/follow-ups/:id/reply': {
    path: '/api/follow-ups/00000000-0000-4000-8000-000000000000/reply', body: () => ({}), expect: { ...signedIn(403), clerkX: 400, clerkY: 400 },
  },
  'POST /api/ratings/:id/appeal': {
    path: '/api/ratings/00000000-0000-4000-8000-000000000000/appeal', body: () => ({}), expect: { ...signedIn(403), clerkX: 400, clerkY: 400 },
  },
  'GET /api/admin/appeals': { path: '/api/admin/appeals', expect: adminsOnly(200) },
  'POST /api/admin/appeals/:id/decision': {
    path: '/api/admin/appeals/00000000-0000-4000-8000-000000000000/decision', body: () => ({}), expect: adminsOnly(400),
  },
  'GET /api/admin/ratings/export': { path: '/api/admin/ratings/export?format=json', expect: adminsOnly(200) },
  'GET /api/admin/settings': { path: '/api/admin/settings', expect: adminsOnly(200) },
  'PUT /api/admin/settings': { path: '/api/admin/settings', body: () => ({}), expect: cityAdminOnly(400) },
  'POST /api/complaints': { path: '/api/complaints', body: () => ({}), expect: residentsOnly(400) },
  'GET /api/complaints': { path: '/api/complaints', expect: residentsOnly(200) },
  'GET /api/admin/complaints': { path: '/api/admin/complaints', expect: adminsOnly(200) },
  'POST /api/admin/complaints/:id/answer': {
    path: '/api/admin/complaints/00000000-0000-4000-8000-000000000000/answer', body: () => ({}), expect: adminsOnly(400),
  },
  // Last: the owner withdraws the case (before 受理); nobody else may.
  'POST /api/applications/:id/withdraw': {
    path: (ids) => `/api/applications/${ids.caseOfA}/withdraw`, body: () => ({ reason: '矩阵测试撤回' }),
    expect: { ...signedIn(403), residentA: 200, residentB: 404 },
  },
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
});
afterAll(() => t.close());

async function tokens(): Promise<Record<Persona, string | undefined>> {
  return {
    anonymous: undefined,
    residentA: (await residentToken(t, 'matrix-a')).token,
    residentB: (await residentToken(t, 'matrix-b')).token,
    clerkX: await staffToken(t, staff.clerkX),
    clerkY: await staffToken(t, staff.clerkY),
    countyAdmin: await staffToken(t, staff.countyAdmin),
    cityAdmin: await staffToken(t, staff.cityAdmin),
  };
}

/** Resident A: real-name profile in a village of township X, and one bound family member (re-bound if gone). */
async function idsOf(token: string): Promise<Ids> {
  const me = await t.request.get('/api/me').set(bearer(token)).expect(200);
  await t.request
    .put('/api/me/profile')
    .set(bearer(token))
    .send({ name: '李四', idNumber: idNumber('19700101', '200'), phone: '13900139000', regionCode: villageOfX })
    .expect(200);
  const family = await t.request.get('/api/me/family').set(bearer(token)).expect(200);
  const member =
    family.body[0] ??
    (await t.request.post('/api/me/family').set(bearer(token)).send({ name: '李小四', idNumber: idNumber('20100101', '201'), relation: '子女' }).expect(201)).body;
  const matter = (await t.request.get('/api/matters?pageSize=1').expect(200)).body.items[0].id;
  caseOfA ??= await submitCaseOf(token, me.body.id);
  uploadOfA ??= jpeg(64, 48).then(async (photo) => (await t.request.post('/api/uploads').set(bearer(token)).attach('file', photo, 'a.jpg').expect(201)).body.id);
  chatOfA ??= t.request.post('/api/chat').set(bearer(token)).send({ text: '转人工' }).expect(200).then((res) => res.body);
  const chat = await chatOfA;
  return {
    residentA: me.body.id, familyOfA: member.id, matter, draft: matter, caseOfA, uploadOfA: await uploadOfA,
    chatOfA: chat.sessionId, ticketOfA: chat.replies.find((r) => r.type === 'handoff')?.ticketId as string,
  };
}
let chatOfA: Promise<{ sessionId: string; replies: { type: string; ticketId?: string }[] }> | undefined;
let uploadOfA: Promise<string> | undefined;

let caseOfA: string | undefined;
async function submitCaseOf(token: string, residentId: string): Promise<string> {
  const matter = await townshipMatter(t);
  const body = await applicationBody(t, matter, { token, id: residentId, regionCode: villageOfX, idNumber: idNumber('19700101', '200') });
  const res = await t.request.post('/api/applications').set(bearer(token)).set('Idempotency-Key', 'matrix-case-of-a').send(body).expect(201);
  expect(res.body.queue.id).toBe('township:410505001');
  return res.body.id;
}

let shared: Record<Persona, string | undefined>;
beforeAll(async () => {
  shared = await tokens();
});

it('has a row for every registered route, and no row for a route that does not exist', () => {
  const registered = appRoutes(t.services).map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
  expect(Object.keys(matrix).sort()).toEqual(registered);
});

describe.each(Object.entries(matrix))('%s', (key, testCase) => {
  it.each(personas)('as %s', async (persona) => {
    // Logout revokes the token it is given: that row gets fresh ones.
    const tokenOf = key === 'POST /api/auth/logout' ? await tokens() : shared;
    const ids = await idsOf(shared.residentA as string);
    const method = key.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    const path = typeof testCase.path === 'function' ? testCase.path(ids) : testCase.path;
    let request = t.request[method](path);
    const token = tokenOf[persona];
    if (token) request = request.set(bearer(token));
    const res = testCase.body ? await request.send(testCase.body(persona) as object) : await request;
    if (res.status !== testCase.expect[persona]) {
      throw new Error(`${key} as ${persona}: expected ${testCase.expect[persona]}, got ${res.status} ${JSON.stringify(res.body)}`);
    }
    if (res.status >= 400) expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
  });
});
