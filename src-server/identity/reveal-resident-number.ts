// Use case: a staff member reveals one full number of a resident in scope, with a reason; every reveal is
// written to the audit trail.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import type { StaffActor } from './actor';
import { residentInScope } from './resident-in-scope';

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
