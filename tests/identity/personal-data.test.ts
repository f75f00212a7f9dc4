// ID and phone numbers: checked, encrypted at rest, masked in every answer except to their owner.
import { PiiCipher, parseKeyRing } from '../../src-server/identity/pii';
import { rotatePiiKeys } from '../../src-server/identity/rotate-pii-keys';
import { idNumberProblem, maskIdNumber } from '../../src-shared/identity/personal-numbers';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, idNumber, residentToken, staff, staffToken, townshipX, villageOfX } from '../support/people';

let t: TestApp;
let resident: { token: string; id: string };
const myId = idNumber('19850615', '321');
const myPhone = '13912345678';
const fatherId = idNumber('19580301', '111');

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true });
  resident = await residentToken(t, 'pd-resident');
  await t.request.put('/api/me/profile').set(bearer(resident.token))
    .send({ name: '赵敏', idNumber: myId, phone: myPhone, regionCode: villageOfX }).expect(200);
  await t.request.post('/api/me/family').set(bearer(resident.token))
    .send({ name: '赵大山', idNumber: fatherId, relation: '父母' }).expect(201);
});
afterAll(() => t.close());

describe('ID numbers (GB 11643)', () => {
  it('accept a valid number and refuse a wrong check digit, birth date, region or shape', () => {
    expect(idNumberProblem(myId)).toBeNull();
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    const wrongCheck = myId.slice(0, 17) + (myId[17] === '0' ? '1' : '0');
    expect(idNumberProblem(wrongCheck)).toBe('checkDigit');
    expect(idNumberProblem('410505' + '19850230' + '321' + 'X')).toBe('birthDate');
    expect(idNumberProblem(idNumber('21000101', '321'), new Date('2026-11-28'))).toBe('birthDate');
    expect(idNumberProblem(idNumber('19850615', '321', '990505'))).toBe('region');
    expect(idNumberProblem('41050519850615321')).toBe('format');
    expect(maskIdNumber(myId)).toBe(`4105**********${myId.slice(-4)}`);
  });
});

describe('at rest', () => {
  it('no table holds a plaintext ID or phone number', async () => {
    const tables = await t.db.prisma.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    for (const { tablename } of tables) {
      const rows = await t.db.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${tablename}"`);
      const text = JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
      for (const secret of [myId, myPhone, fatherId, myId.slice(6, 14) + myId.slice(14)]) {
        expect({ table: tablename, leaks: text.includes(secret) }).toEqual({ table: tablename, leaks: false });
      }
    }
    const row = await t.db.prisma.resident.findUniqueOrThrow({ where: { id: resident.id } });
    expect(row.idNumberEnc).toMatch(/^v1:test1:/);
  });
});

describe('in answers', () => {
  it('are masked for the owner by default and full only when the owner asks', async () => {
    const masked = await t.request.get('/api/me/profile').set(bearer(resident.token)).expect(200);
    expect(masked.body).toMatchObject({ idNumber: maskIdNumber(myId), phone: '139****5678', verified: true });
    expect(masked.body.regionPath.map((r: { name: string }) => r.name)).toEqual(['安阳市', '殷都区', '梅园庄街道', '梅园社区']);
    const full = await t.request.get('/api/me/profile?full=true').set(bearer(resident.token)).expect(200);
    expect(full.body).toMatchObject({ idNumber: myId, phone: myPhone });
    const family = await t.request.get('/api/me/family').set(bearer(resident.token)).expect(200);
    expect(family.body).toEqual([expect.objectContaining({ name: '赵大山', relation: '父母', idNumber: maskIdNumber(fatherId) })]);
  });

  it('are masked for staff, and a staff reveal is written to the audit log with its reason', async () => {
    const token = await staffToken(t, staff.clerkX);
    const view = await t.request.get(`/api/staff/residents/${resident.id}`).set(bearer(token)).expect(200);
    expect(JSON.stringify(view.body)).not.toContain(myId);
    expect(view.body.profile.idNumber).toBe(maskIdNumber(myId));
    await t.request.post(`/api/staff/residents/${resident.id}/reveal`).set(bearer(token))
      .send({ field: 'idNumber', reason: '核对代办材料' }).expect(200, { field: 'idNumber', value: myId });
    const events = await t.db.prisma.auditEvent.findMany({ where: { action: 'pii.reveal', subjectId: resident.id } });
    expect(events).toEqual([expect.objectContaining({ actorKind: 'staff', details: { field: 'idNumber', reason: '核对代办材料' } })]);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain(myId);
  });

  it('a staff reveal without a reason is refused and not logged', async () => {
    const token = await staffToken(t, staff.clerkX);
    await t.request.post(`/api/staff/residents/${resident.id}/reveal`).set(bearer(token)).send({ field: 'phone', reason: '' }).expect(400);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'pii.reveal', details: { path: ['field'], equals: 'phone' } } })).toBe(0);
  });
});

describe('one ID number, one account', () => {
  it('a second account cannot claim a verified ID number', async () => {
    const other = await residentToken(t, 'pd-other');
    const res = await t.request.put('/api/me/profile').set(bearer(other.token))
      .send({ name: '赵敏', idNumber: myId, phone: '13700000000', regionCode: townshipX }).expect(409);
    expect(res.body.error.code).toBe('id_number_taken');
    expect((await t.db.prisma.resident.findUniqueOrThrow({ where: { id: other.id } })).idNumberEnc).toBeNull();
  });
});

describe('key rotation', () => {
  it('keeps old data readable after a new key is added, and re-encrypts it under the new key', async () => {
    const oldRing = `test1:${Buffer.alloc(32, 1).toString('base64')}`;
    const hashKey = Buffer.alloc(32, 2);
    const rotated = new PiiCipher(parseKeyRing(`test2:${Buffer.alloc(32, 3).toString('base64')},${oldRing}`), hashKey);
    const before = await t.db.prisma.resident.findUniqueOrThrow({ where: { id: resident.id } });
    expect(rotated.decrypt('resident.idNumber', before.idNumberEnc as string)).toBe(myId);

    const { reEncrypted } = await rotatePiiKeys({ ...t.services.system('pii-rotate'), pii: rotated });
    expect(reEncrypted).toBeGreaterThanOrEqual(2);
    const onlyNew = new PiiCipher(parseKeyRing(`test2:${Buffer.alloc(32, 3).toString('base64')}`), hashKey);
    const after = await t.db.prisma.resident.findUniqueOrThrow({ where: { id: resident.id } });
    expect(after.idNumberEnc).toMatch(/^v1:test2:/);
    expect(onlyNew.decrypt('resident.idNumber', after.idNumberEnc as string)).toBe(myId);
    expect(onlyNew.decrypt('resident.phone', after.phoneEnc as string)).toBe(myPhone);
    const member = await t.db.prisma.familyMember.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(onlyNew.decrypt('family.idNumber', member.idNumberEnc)).toBe(fatherId);
    // Lookups still work: the hash key did not change.
    expect(after.idNumberHash).toBe(onlyNew.hash('resident.idNumber', myId));
    expect((await rotatePiiKeys({ ...t.services.system('pii-rotate'), pii: onlyNew })).reEncrypted).toBe(0);
  });

  it('a ciphertext cannot be moved to another field', () => {
    const cipher = new PiiCipher(parseKeyRing(`k:${Buffer.alloc(32, 9).toString('base64')}`), Buffer.alloc(32, 4));
    const sealed = cipher.encrypt('resident.phone', myPhone);
    expect(() => cipher.decrypt('resident.idNumber', sealed)).toThrow();
  });
});
