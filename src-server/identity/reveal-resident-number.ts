// Use case: a staff member reveals one full number of a resident in scope, with a reason; every reveal is
// written to the audit trail.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { residentInScope } from './resident-in-scope';

export async function revealResidentNumber(
  ctx: UseCaseContext,
  { id, field, reason }: { id: string; field: 'idNumber' | 'phone'; reason: string },
) {
  const resident = await residentInScope(ctx, id);
  const sealed = field === 'idNumber' ? resident.idNumberEnc : resident.phoneEnc;
  if (!sealed) throw Errors.notFound('这位居民尚未填写该信息');
  const value = ctx.pii.decrypt(field === 'idNumber' ? 'resident.idNumber' : 'resident.phone', sealed);
  await audit(ctx, { action: 'pii.reveal', subjectType: 'resident', subjectId: id, details: { field, reason } });
  return { field, value };
}
