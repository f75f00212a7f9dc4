// Bad input on every identity route: a 4xx in the contract's format, and nothing changed.
import { startTestApp, type TestApp } from '../support/app';
import { bearer, idNumber, residentToken, villageOfX } from '../support/people';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true });
  token = (await residentToken(t, 'bad-input')).token;
});
afterAll(() => t.close());

const validId = idNumber('19900101', '555');
const wrongCheck = validId.slice(0, 17) + (validId[17] === '1' ? '2' : '1');
const huge = 'x'.repeat(10 * 1024 * 1024);
const nasty = ["' OR 1=1 --", '<script>alert(1)</script>', '"; DROP TABLE resident; --', '\u0000', '🙂'.repeat(50)];

const routes: { method: 'post' | 'put'; path: string; auth: boolean; good: Record<string, unknown> }[] = [
  { method: 'post', path: '/api/auth/wechat', auth: false, good: { code: 'x' } },
  { method: 'post', path: '/api/auth/dev', auth: false, good: { openid: 'someone' } },
  { method: 'post', path: '/api/auth/staff', auth: false, good: { username: 'a', password: 'b' } },
  { method: 'put', path: '/api/me/profile', auth: true, good: { name: '张三', idNumber: validId, phone: '13800000000', regionCode: villageOfX } },
  { method: 'post', path: '/api/me/family', auth: true, good: { name: '张四', idNumber: validId, relation: '子女' } },
];

const snapshot = async () => ({
  residents: await t.db.prisma.resident.findMany({ orderBy: { id: 'asc' } }),
  family: await t.db.prisma.familyMember.count(),
  staff: await t.db.prisma.staffAccount.count(),
  tokens: await t.db.prisma.authToken.count(),
});

function variants(good: Record<string, unknown>) {
  const out: [string, unknown, string?][] = [
    ['empty object', {}],
    ['array', [good]],
    ['unknown field', { ...good, admin: true }],
  ];
  for (const key of Object.keys(good)) {
    const rest = { ...good };
    delete rest[key];
    out.push([`missing ${key}`, rest]);
    out.push([`${key} as number`, { ...good, [key]: 12345 }]);
    out.push([`${key} as object`, { ...good, [key]: { $ne: null } }]);
    for (const n of nasty) if (key !== 'password') out.push([`${key} = ${JSON.stringify(n).slice(0, 20)}`, { ...good, [key]: n }]);
  }
  if ('idNumber' in good) out.push(['wrong ID check digit', { ...good, idNumber: wrongCheck }]);
  if ('phone' in good) out.push(['landline phone', { ...good, phone: '0372-1234567' }]);
  if ('regionCode' in good) out.push(['county as region', { ...good, regionCode: '410505' }], ['unknown village', { ...good, regionCode: '410505999999' }]);
  return out;
}

describe.each(routes)('$method $path', ({ method, path, auth, good }) => {
  it.each(variants(good))('refuses %s', async (_name, body) => {
    const before = await snapshot();
    let request = t.request[method](path);
    if (auth) request = request.set(bearer(token));
    const res = await request.send(body as object);
    // Staff sign-in with a well-formed but nasty username is simply a failed sign-in (401); WeChat login
    // without WeChat configured is 503 only once the input is valid.
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(path === '/api/auth/wechat' ? 504 : 500);
    expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) }));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed JSON and a 10 MB body without changing anything', async () => {
    const before = await snapshot();
    const headers = { 'Content-Type': 'application/json', ...(auth ? bearer(token) : {}) };
    const malformed = await t.request[method](path).set(headers).send('{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_body');
    const big = await t.request[method](path).set(headers).send(JSON.stringify({ ...good, name: huge }));
    expect(big.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });
});

it('names each wrong field of the profile in Chinese', async () => {
  const res = await t.request.put('/api/me/profile').set(bearer(token))
    .send({ name: '', idNumber: wrongCheck, phone: '12345', regionCode: 'abc' }).expect(400);
  const byField = Object.fromEntries(res.body.error.details.map((d: { field: string; message: string }) => [d.field, d.message]));
  expect(byField).toEqual({
    name: '此项不能为空',
    idNumber: '身份证号校验位不对，可能有数字输错了，请逐位核对',
    phone: '手机号应为 11 位数字，以 1 开头',
    regionCode: '请选择所在的乡镇（街道）或村（社区）',
  });
});

it('refuses malformed ids and query values on the other identity routes', async () => {
  const before = await snapshot();
  const notUuid = await t.request.delete('/api/me/family/1%20OR%201=1').set(bearer(token)).expect(400);
  expect(notUuid.body.error.details).toEqual([{ field: 'params.id', message: '编号格式不正确' }]);
  await t.request.get('/api/me/profile?full=yes').set(bearer(token)).expect(400);
  await t.request.get('/api/staff/residents/abc').set(bearer(token)).expect(403);
  expect(await snapshot()).toEqual(before);
});
