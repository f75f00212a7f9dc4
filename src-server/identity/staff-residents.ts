// Use cases: staff look up a resident within their scope (masked), and reveal one full number when the work
// needs it, with a reason; every reveal is written to the audit trail. Outside the scope: 404.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import type { StaffActor } from './actor';
import { regionWhereFor } from './policies';
import { presentProfile } from './presenters';

async function residentInScope({ db }: Services, actor: StaffActor, residentId: string) {
  const resident = await db.prisma.resident.findFirst({ where: { id: residentId, ...regionWhereFor(actor) } });
  if (!resident) throw Errors.notFound('没有找到这位居民');
  return resident;
}

export async function getResidentForStaff(services: Services, actor: StaffActor, residentId: string) {
  const resident = await residentInScope(services, actor, residentId);
  return { id: resident.id, profile: await presentProfile(services.db.prisma, resident) };
}

export async function revealResidentNumber(
  services: Services,
  actor: StaffActor,
  residentId: string,
  input: { field: 'idNumber' | 'phone'; reason: string },
  requestId: string,
) {
  const resident = await residentInScope(services, actor, residentId);
  const sealed = input.field === 'idNumber' ? resident.idNumberEnc : resident.phoneEnc;
  if (!sealed) throw Errors.notFound('这位居民尚未填写该信息');
  const value = services.pii.decrypt(input.field === 'idNumber' ? 'resident.idNumber' : 'resident.phone', sealed);
  await audit(
    services.db.prisma,
    actor,
    { action: 'pii.reveal', subjectType: 'resident', subjectId: residentId, details: { field: input.field, reason: input.reason } },
    requestId,
  );
  return { field: input.field, value };
}
