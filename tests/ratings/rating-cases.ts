// Cases that ended, made through the real API: a resident of a village of township X applies for a township-level
// matter, township X's clerk claims it and finishes it (or refuses it), as a window would.
import type { NewStaffAccount } from '../../src-server/identity/staff-accounts';
import type { TestApp } from '../support/app';
import { applicationBody, residentWithProfile, townshipMatter, type Resident } from '../support/cases';
import { bearer, staff, staffToken, townshipX, villageOfX } from '../support/people';

export const leadX: NewStaffAccount = { username: 'lead-x', displayName: '梅园庄街道分管领导', role: 'township_lead', scopes: [{ kind: 'township', regionCode: townshipX, departmentCode: null }] };
export const countyAdminY: NewStaffAccount = { username: 'county-y', displayName: '滑县管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: '410526', departmentCode: null }] };

let serial = 0;
export const residentOfX = (t: TestApp, name: string): Promise<Resident> => residentWithProfile(t, `rating-${name}`, villageOfX);

/** A case of `who` in township X's queue, submitted and then taken to `end` by clerk X. */
export async function caseOf(t: TestApp, who: Resident, end: 'finished' | 'rejected' | 'denied' | 'submitted' | 'withdrawn' = 'finished'): Promise<string> {
  const matter = await townshipMatter(t);
  const body = await applicationBody(t, matter, who);
  const res = await t.request.post('/api/applications').set(bearer(who.token)).set('Idempotency-Key', `rating-case-${++serial}-${who.id}`).send(body).expect(201);
  const id = res.body.id as string;
  if (end === 'submitted') return id;
  if (end === 'withdrawn') {
    await t.request.post(`/api/applications/${id}/withdraw`).set(bearer(who.token)).send({ reason: '不需要办了' }).expect(200);
    return id;
  }
  const clerk = await staffToken(t, staff.clerkX);
  const act = (body: object) => t.request.post(`/api/applications/${id}/actions`).set(bearer(clerk)).send(body).expect(200);
  await t.request.post(`/api/applications/${id}/claim`).set(bearer(clerk)).expect(200);
  if (end === 'rejected') {
    await act({ action: 'reject', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' });
    return id;
  }
  await act({ action: 'accept' });
  if (end === 'denied') await act({ action: 'deny', reason: '申请人不符合条件', legalBasis: '《中华人民共和国行政许可法》第三十八条' });
  else await act({ action: 'finish', result: { certificateNo: `ZS-${serial}`, delivery: '窗口领取' } });
  return id;
}

export const rating = (stars: number, comment?: string) => ({ stars, efficiency: stars, guideAccuracy: 3, convenience: 4, usability: 5, ...(comment ? { comment } : {}) });
