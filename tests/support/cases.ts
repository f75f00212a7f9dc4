// Helpers for tests of applications: a resident with a real-name profile, files they uploaded, a matter that
// a county delegated (or not), and a ready-to-send application body for it.
import { createHash, randomUUID } from 'node:crypto';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { materialsFor } from '../../src-server/applications/matter-requirements';
import type { TestApp } from './app';
import { bearer, idNumber, residentToken } from './people';

export const BEIGUAN = '410503'; // 北关区: delegates the fewest powers
export const HUAXIAN = '410526'; // 滑县: delegates every county matter received at townships

export interface Resident {
  token: string;
  id: string;
  regionCode: string;
  idNumber: string;
}

let serial = 100;
export async function residentWithProfile(t: TestApp, openid: string, regionCode: string): Promise<Resident> {
  const { token, id } = await residentToken(t, openid);
  const number = idNumber('19850312', String(serial++).padStart(3, '0'), regionCode.slice(0, 6));
  await t.request.put('/api/me/profile').set(bearer(token)).send({ name: '张秀兰', idNumber: number, phone: '13800138000', regionCode }).expect(200);
  return { token, id, regionCode, idNumber: number };
}

/** A file the resident (or a staff member) uploaded, stored as the uploads module stores it. */
export async function uploadedFile(t: TestApp, owner: { kind: 'resident' | 'staff'; id: string }, label = 'photo'): Promise<string> {
  const bytes = Buffer.from(`%PDF-1.4 test ${label} ${randomUUID()}`);
  const key = `test/${randomUUID()}`;
  await t.db.prisma.storedFile.create({ data: { key, content: bytes } });
  const row = await t.db.prisma.upload.create({
    data: { ownerKind: owner.kind, ownerId: owner.id, mime: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: `${label}.pdf`, storageKey: key },
  });
  return row.id;
}

export async function firstTownship(t: TestApp, county: string): Promise<string> {
  const row = await t.db.prisma.region.findFirstOrThrow({ where: { parentCode: county, level: 'township' }, orderBy: { code: 'asc' } });
  return row.code;
}

/**
 * A handheld county-level matter received at townships that 滑县 delegated (taken up) and 北关区 did not, with
 * at least one material the resident uploads: the same matter goes to the township in one and to the county
 * department in the other.
 */
export async function delegatedMatter(t: TestApp) {
  const rows = await t.db.prisma.publishedMatter.findMany({ where: { version: 1, level: 4, handheld: true, township: true, status: 'in_use' }, orderBy: { name: 'asc' } });
  for (const row of rows) {
    const m = row.content as unknown as MatterSource;
    const own = materialsFor(m, m.situations[0]?.key ?? null).filter((x) => !x.shared);
    // A matter with a real finish clock (not 即办, at least 5 working days), so clocks can be seen moving.
    if (own.filter((x) => x.necessity === 'required').length < 1 || m.situations.length > 3 || m.kind === 1 || m.promiseLimit.value < 5) continue;
    const [hua, bei] = await Promise.all(
      [HUAXIAN, BEIGUAN].map((countyCode) => t.db.prisma.delegation.findFirst({ where: { countyCode, matterId: row.matterId, takenUp: true, recalledAt: null } })),
    );
    if (hua && !bei) return { id: row.matterId, name: row.name, departmentCode: row.departmentCode, content: m };
  }
  throw new Error('no matter delegated in 滑县 and kept in 北关区');
}

/** A handheld township-level matter (level 5): a case for it goes to the applicant's township centre. */
export async function townshipMatter(t: TestApp) {
  const rows = await t.db.prisma.publishedMatter.findMany({ where: { version: 1, level: 5, handheld: true, status: 'in_use' }, orderBy: { name: 'asc' } });
  const row = rows.find((r) => (r.content as unknown as MatterSource).situations.length <= 3)!;
  return { id: row.matterId, name: row.name, departmentCode: row.departmentCode, content: row.content as unknown as MatterSource };
}

/** Answers that satisfy the matter's form (the first option, a plausible text, a valid date or number). */
export function validForm(m: MatterSource, person: { idNumber: string }): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const f of m.form) {
    if (!f.required) continue;
    switch (f.type) {
      case 'select': answers[f.key] = f.options![0].value; break;
      case 'multiselect': answers[f.key] = [f.options![0].value]; break;
      case 'number': answers[f.key] = f.min ?? 1; break;
      case 'date': answers[f.key] = '2026-11-02'; break;
      case 'idNumber': answers[f.key] = person.idNumber; break;
      case 'phone': answers[f.key] = '13900139000'; break;
      case 'region': answers[f.key] = '410526001'; break;
      default: answers[f.key] = '安阳市滑县道口镇解放路 12 号';
    }
  }
  return answers;
}

/** A complete body: the first situation, the form, one file for every material the resident uploads. */
export async function applicationBody(t: TestApp, matter: { id: string; content: MatterSource }, who: Resident) {
  const situationId = matter.content.situations[0]?.key;
  const wanted = materialsFor(matter.content, situationId ?? null).filter((x) => !x.shared && x.necessity === 'required');
  const materials = [];
  for (const w of wanted) materials.push({ materialId: w.id, uploadIds: [await uploadedFile(t, { kind: 'resident', id: who.id }, w.name)] });
  return { matterId: matter.id, ...(situationId ? { situationId } : {}), form: validForm(matter.content, who), materials };
}

/**
 * Cases written straight to the database (as a submission would leave them), for tests that need many: the
 * claim race, queue counts. Due dates spread so that the queue's order is visible.
 */
export async function insertCases(t: TestApp, n: number, queue: { id: string; countyCode: string; regionCode: string }, matter: { id: string; name: string; departmentCode: string }) {
  const { pii } = t.services;
  const number = idNumber('19900101', '321', queue.countyCode);
  const sealed = { applicantIdEnc: pii.encrypt('application.idNumber', number), formEnc: pii.encrypt('application.form', '{}') };
  const now = new Date('2026-12-07T02:00:00Z');
  const rows = Array.from({ length: n }, (_, i) => ({
    receiptNo: `${queue.countyCode}-20261207-9${String(i).padStart(5, '0')}-${randomUUID().slice(0, 4)}`,
    idempotencyScope: 'test:bulk', idempotencyKey: randomUUID(), requestHash: 'bulk',
    matterId: matter.id, catalogVersion: 1, matterName: matter.name, departmentCode: matter.departmentCode,
    filedAs: 'self', applicantName: '王建国', ...sealed, applicantIdHash: 'bulk', applicantIdMasked: `${number.slice(0, 4)}**********${number.slice(-4)}`,
    regionCode: queue.regionCode, countyCode: queue.countyCode, formMasked: {}, queueId: queue.id,
    routeReasonCode: 'delegated', routeReason: '测试批量办件', submittedAt: now, submittedDate: now,
    acceptDue: new Date('2026-12-14T00:00:00Z'), dueDate: new Date(Date.UTC(2026, 11, 8 + (i % 20))), warnDate: new Date('2026-12-10T00:00:00Z'),
    promiseDays: 10, instant: false,
  }));
  for (let i = 0; i < rows.length; i += 250) await t.db.prisma.application.createMany({ data: rows.slice(i, i + 250) });
}
