// What leaves the server about people: never a raw row; personal numbers masked unless the caller owns them.
import type { PrismaClient } from '../generated/prisma/client';
import type { Scope, User } from '../../src-shared/contracts/identity';
import type { PiiCipher } from './pii';
import { regionPath } from '../places/list-regions';

type ResidentRow = {
  id: string;
  name: string | null;
  idNumberEnc: string | null;
  idNumberMasked: string | null;
  phoneEnc: string | null;
  phoneMasked: string | null;
  regionCode: string | null;
};

export async function presentProfile(
  prisma: PrismaClient,
  resident: ResidentRow,
  reveal?: { pii: PiiCipher },
): Promise<Extract<User, { kind: 'resident' }>['profile']> {
  return {
    name: resident.name,
    idNumber:
      reveal && resident.idNumberEnc ? reveal.pii.decrypt('resident.idNumber', resident.idNumberEnc) : resident.idNumberMasked,
    phone: reveal && resident.phoneEnc ? reveal.pii.decrypt('resident.phone', resident.phoneEnc) : resident.phoneMasked,
    regionCode: resident.regionCode,
    regionPath: resident.regionCode ? (await regionPath(prisma, resident.regionCode)).map(({ code, name }) => ({ code, name })) : [],
    verified: Boolean(resident.name && resident.idNumberEnc && resident.phoneEnc && resident.regionCode),
  };
}

export async function presentResidentUser(prisma: PrismaClient, resident: ResidentRow): Promise<User> {
  return { id: resident.id, kind: 'resident', role: 'resident', profile: await presentProfile(prisma, resident) };
}

export async function presentStaffUser(prisma: PrismaClient, staffId: string): Promise<User> {
  const staff = await prisma.staffAccount.findUniqueOrThrow({
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
