import { startTestApp, type TestApp } from '../support/app';
import { bearer, idNumber, residentToken, townshipX, villageOfX } from '../support/people';

let t: TestApp;
let a: { token: string; id: string };
let b: { token: string; id: string };
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true });
  a = await residentToken(t, 'family-a');
  b = await residentToken(t, 'family-b');
});
afterAll(() => t.close());

describe('the real-name profile', () => {
  it('starts empty and unverified, then holds what the resident saved', async () => {
    expect((await t.request.get('/api/me').set(bearer(a.token)).expect(200)).body.profile).toMatchObject({
      name: null, idNumber: null, verified: false, regionPath: [],
    });
    const saved = await t.request.put('/api/me/profile').set(bearer(a.token))
      .send({ name: '  孙 悟空 ', idNumber: idNumber('19920202', '456').toLowerCase(), phone: '139 1234 5678', regionCode: townshipX })
      .expect(200);
    expect(saved.body).toMatchObject({ name: '孙 悟空', phone: '139****5678', regionCode: townshipX, verified: true });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'resident.profile.update', actorId: a.id } });
    expect(audit.details).toEqual({ changed: ['name', 'idNumber', 'phone', 'regionCode'] });
  });

  it('accepts an ID number ending in x and stores it as X', async () => {
    let x = '';
    for (let seq = 100; seq < 999 && !x; seq++) {
      const id = idNumber('19880808', String(seq));
      if (id.endsWith('X')) x = id;
    }
    await t.request.put('/api/me/profile').set(bearer(b.token))
      .send({ name: '猪八戒', idNumber: x.toLowerCase(), phone: '13800000001', regionCode: villageOfX }).expect(200);
    const full = await t.request.get('/api/me/profile?full=true').set(bearer(b.token)).expect(200);
    expect(full.body.idNumber).toBe(x);
  });
});

describe('family members (亲情代办)', () => {
  const add = (token: string, n: number) =>
    t.request.post('/api/me/family').set(bearer(token)).send({ name: `家人${'一二三四五六'[n]}`, idNumber: idNumber('20000101', String(300 + n)), relation: '子女' });

  it('binds up to five, refuses a sixth and a duplicate, and keeps each resident’s own', async () => {
    for (let n = 0; n < 5; n++) await add(a.token, n).expect(201);
    const sixth = await add(a.token, 5).expect(422);
    expect(sixth.body.error).toMatchObject({ code: 'family_limit', message: expect.stringContaining('最多可绑定 5 位') });
    const dup = await add(b.token, 0).expect(201);
    await add(b.token, 0).expect(409);
    expect((await t.request.get('/api/me/family').set(bearer(a.token))).body).toHaveLength(5);
    expect((await t.request.get('/api/me/family').set(bearer(b.token))).body).toEqual([expect.objectContaining({ id: dup.body.id })]);
  });

  it('lets a resident unbind their own member, and answers 404 for someone else’s', async () => {
    const mine = (await t.request.get('/api/me/family').set(bearer(b.token))).body[0];
    await t.request.delete(`/api/me/family/${mine.id}`).set(bearer(a.token)).expect(404);
    expect((await t.request.get('/api/me/family').set(bearer(b.token))).body).toHaveLength(1);
    await t.request.delete(`/api/me/family/${mine.id}`).set(bearer(b.token)).expect(204);
    await t.request.delete(`/api/me/family/${mine.id}`).set(bearer(b.token)).expect(404);
  });

  it('does not go past five when additions race', async () => {
    const c = await residentToken(t, 'family-c');
    await t.request.put('/api/me/profile').set(bearer(c.token))
      .send({ name: '沙悟净', idNumber: idNumber('19700101', '499'), phone: '13800000002', regionCode: villageOfX }).expect(200);
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 0].map((n, i) =>
      t.request.post('/api/me/family').set(bearer(c.token)).send({ name: '家人', idNumber: idNumber('20010101', String(400 + (i === 6 ? 0 : n))), relation: '其他' })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(await t.db.prisma.familyMember.count({ where: { residentId: c.id } })).toBe(5);
  });
});
