// A resident as a staff member may see them: within the staff member's scope, else 404.
import type { Services } from '../services';
import { Errors } from '../platform/errors';
import type { StaffActor } from './actor';
import { regionWhereFor } from './policies';

export async function residentInScope({ db }: Services, actor: StaffActor, residentId: string) {
  const resident = await db.prisma.resident.findFirst({ where: { id: residentId, ...regionWhereFor(actor) } });
  if (!resident) throw Errors.notFound('没有找到这位居民');
  return resident;
}
