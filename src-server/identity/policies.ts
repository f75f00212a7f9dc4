// Which records a staff member's scope covers. Region codes nest by prefix (county 6 → township 9 →
// village 12 digits), so a scope covers a region when the region's code starts with the scope's code;
// a city admin covers everything.
import type { Prisma } from '../generated/prisma/client';
import type { StaffActor } from './actor';

/** The residents a staff member may see, as a Prisma filter for lists and lookups. */
export function regionWhereFor(actor: StaffActor): Prisma.ResidentWhereInput {
  if (actor.role === 'city_admin' || actor.scopes.some((s) => s.kind === 'city')) return {};
  if (actor.scopes.length === 0) return { id: { in: [] } };
  return { OR: actor.scopes.map((s) => ({ regionCode: { startsWith: s.regionCode } })) };
}
