// Who a case is for and who filed it: the resident themself, a bound family member (亲情代办), or a person at a
// village station filed by its clerk (代办, with the person's ID number and recorded consent).
import type { SubmitApplication } from '../../src-shared/contracts/applications';
import { maskIdNumber, maskPhone } from '../../src-shared/identity/personal-numbers';
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';

export interface Applicant {
  filedAs: 'self' | 'family' | 'station';
  ownerResidentId: string | null;
  filedByResidentId: string | null;
  filedByStaffId: string | null;
  familyMemberId: string | null;
  consent: { method: string; note: string } | null;
  name: string;
  idNumber: string;
  phone: string | null;
  /** Where the case is done unless the form says otherwise: the profile's place or the station's village. */
  regionCode: string | null;
  /** Whose uploads the materials may use. */
  uploader: { kind: 'resident' | 'staff'; id: string };
  idempotencyScope: string;
}

export async function resolveApplicant(ctx: UseCaseContext, onBehalf: SubmitApplication['onBehalf']): Promise<Applicant> {
  const { pii, caller } = ctx;
  if (caller?.kind === 'staff') {
    if (onBehalf?.kind !== 'station') throw Errors.invalidInput([{ field: 'onBehalf', message: '窗口代办请填写申请人身份信息和本人同意情况' }]);
    const station = caller.scopes.find((s) => s.kind === 'village' || s.kind === 'township');
    if (caller.role !== 'clerk' || !station) throw Errors.forbidden('只有便民服务站（中心）的工作人员可以代办');
    const { applicant, consent } = onBehalf;
    // The case follows the person's own account when they have one (matched by the verified ID number).
    const owner = await ctx.db.resident.findUnique({ where: { idNumberHash: pii.hash('resident.idNumber', applicant.idNumber) }, select: { id: true } });
    return {
      filedAs: 'station', ownerResidentId: owner?.id ?? null, filedByResidentId: null, filedByStaffId: caller.staffId, familyMemberId: null,
      consent, name: applicant.name, idNumber: applicant.idNumber, phone: applicant.phone ?? null,
      regionCode: station.kind === 'village' ? station.regionCode : null,
      uploader: { kind: 'staff', id: caller.staffId }, idempotencyScope: `staff:${caller.staffId}`,
    };
  }
  if (caller?.kind !== 'resident') throw Errors.unauthenticated();
  if (onBehalf?.kind === 'station') throw Errors.forbidden('居民不能以便民服务站名义代办');
  const resident = caller.account ?? (await ctx.db.resident.findUniqueOrThrow({ where: { id: caller.residentId } }));
  const base = { ownerResidentId: resident.id, filedByResidentId: resident.id, filedByStaffId: null, consent: null, uploader: { kind: 'resident' as const, id: resident.id }, idempotencyScope: `resident:${resident.id}` };
  if (onBehalf?.kind === 'family') {
    const member = await ctx.db.familyMember.findFirst({ where: { id: onBehalf.familyMemberId, residentId: resident.id } });
    if (!member) throw Errors.invalidInput([{ field: 'onBehalf.familyMemberId', message: '没有找到这位家庭成员，请先在“我的 · 家庭成员”中绑定' }]);
    if (member.status !== 'active') {
      throw Errors.ruleViolation('family_pending', `${member.name}还没有确认绑定：请对方在自己的账号中同意，或到便民服务站当面确认后再代办`);
    }
    if (!resident.name || !resident.regionCode) throw Errors.ruleViolation('profile_incomplete', '亲情代办前请先完成您本人的实名信息');
    return { ...base, filedAs: 'family', familyMemberId: member.id, name: member.name, idNumber: pii.decrypt('family.idNumber', member.idNumberEnc), phone: resident.phoneEnc ? pii.decrypt('resident.phone', resident.phoneEnc) : null, regionCode: resident.regionCode };
  }
  if (!resident.name || !resident.idNumberEnc) throw Errors.ruleViolation('profile_incomplete', '申请前请先在“我的 · 实名信息”中填写姓名和身份证号');
  return {
    ...base, filedAs: 'self', familyMemberId: null, name: resident.name,
    idNumber: pii.decrypt('resident.idNumber', resident.idNumberEnc),
    phone: resident.phoneEnc ? pii.decrypt('resident.phone', resident.phoneEnc) : null,
    regionCode: resident.regionCode,
  };
}

export function sealApplicant(ctx: UseCaseContext, a: Applicant) {
  const { pii } = ctx;
  return {
    applicantName: a.name,
    applicantIdEnc: pii.encrypt('application.idNumber', a.idNumber),
    applicantIdHash: pii.hash('resident.idNumber', a.idNumber),
    applicantIdMasked: maskIdNumber(a.idNumber),
    applicantPhoneEnc: a.phone ? pii.encrypt('application.phone', a.phone) : null,
    applicantPhoneMasked: a.phone ? maskPhone(a.phone) : null,
  };
}
