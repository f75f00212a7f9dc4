// What leaves the server about people: never a raw row; personal numbers masked unless the caller owns them.
import type { Scope, User } from '../../src-shared/contracts/identity';
import { regionPath } from '../places/regions-memory';
import type { UseCaseContext } from '../platform/use-case';

type ResidentRow = {
  id: string;
  name: string | null;
  idNumberEnc: string | null;
  idNumberMasked: string | null;
  phoneEnc: string | null;
  phoneMasked: string | null;
  regionCode: string | null;
};

/** The profile, masked; with `full`, the numbers in full (only ever for their owner). */
export async function presentProfile(
  ctx: UseCaseContext,
  resident: ResidentRow,
  options: { full?: boolean } = {},
): Promise<Extract<User, { kind: 'resident' }>['profile']> {
  const { pii } = ctx;
  return {
    name: resident.name,
    idNumber:
      options.full && resident.idNumberEnc ? pii.decrypt('resident.idNumber', resident.idNumberEnc) : resident.idNumberMasked,
    phone: options.full && resident.phoneEnc ? pii.decrypt('resident.phone', resident.phoneEnc) : resident.phoneMasked,
    regionCode: resident.regionCode,
    regionPath: resident.regionCode ? (await regionPath(ctx, resident.regionCode)).map(({ code, name }) => ({ code, name })) : [],
    verified: Boolean(resident.name && resident.idNumberEnc && resident.phoneEnc && resident.regionCode),
  };
}

export async function presentResidentUser(ctx: UseCaseContext, resident: ResidentRow): Promise<User> {
  return { id: resident.id, kind: 'resident', role: 'resident', profile: await presentProfile(ctx, resident) };
}

export async function presentStaffUser(ctx: UseCaseContext, staffId: string): Promise<User> {
  const staff = await ctx.db.staffAccount.findUniqueOrThrow({
    where: { id: staffId },
    select: {
      id: true, username: true, displayName: true, role: true,
      scopes: { select: { kind: true, regionCode: true, departmentCode: true, region: { select: { name: true } } } },
    },
  });
  const scope: Scope[] = staff.scopes.map((s) => ({
    kind: s.kind, regionCode: s.regionCode, regionName: s.region.name, departmentCode: s.departmentCode,
  }));
  return { id: staff.id, kind: 'staff', role: staff.role, username: staff.username, displayName: staff.displayName, scope };
}
