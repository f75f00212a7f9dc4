// Use case: a resident fills in or corrects their real-name profile. The ID number may be verified by only
// one account; numbers are stored encrypted with a keyed hash and a masked copy; the audit says what changed
// without the values.
import type { UpdateProfileInput } from '../../src-shared/contracts/identity';
import { maskIdNumber, maskPhone } from '../../src-shared/identity/personal-numbers';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { presentProfile } from './presenters';

export async function updateProfile(ctx: UseCaseContext, input: UpdateProfileInput) {
  const actor = residentOf(ctx);
  const { pii } = ctx;
  const region = await ctx.db.region.findUnique({ where: { code: input.regionCode }, select: { level: true } });
  if (!region || (region.level !== 'township' && region.level !== 'village')) {
    throw Errors.invalidInput([{ field: 'regionCode', message: '请选择所在的乡镇（街道）或村（社区）' }]);
  }
  const idNumberHash = pii.hash('resident.idNumber', input.idNumber);
  const resident = await inTransaction(ctx, async (tx) => {
    const holder = await tx.db.resident.findUnique({ where: { idNumberHash }, select: { id: true } });
    if (holder && holder.id !== actor.residentId) {
      throw Errors.conflict('id_number_taken', '该身份证号已由另一个微信账号完成实名，如有疑问请到便民服务中心办理');
    }
    const before = await tx.db.resident.findUniqueOrThrow({ where: { id: actor.residentId } });
    const phoneHash = pii.hash('resident.phone', input.phone);
    const updated = await tx.db.resident.update({
      where: { id: actor.residentId },
      data: {
        name: input.name,
        idNumberEnc: pii.encrypt('resident.idNumber', input.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(input.idNumber),
        phoneEnc: pii.encrypt('resident.phone', input.phone),
        phoneHash,
        phoneMasked: maskPhone(input.phone),
        regionCode: input.regionCode,
      },
    });
    const changed = [
      before.name !== input.name && 'name',
      before.idNumberHash !== idNumberHash && 'idNumber',
      before.phoneHash !== phoneHash && 'phone',
      before.regionCode !== input.regionCode && 'regionCode',
    ].filter(Boolean);
    await audit(tx, { action: 'resident.profile.update', subjectType: 'resident', subjectId: actor.residentId, details: { changed } });
    return updated;
  });
  return presentProfile(ctx, resident);
}
