// Use case: each department's 咨询电话 in a county (null: not entered, the guide shows 12345).
import type { UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';
import { countyToRead } from './county-scope';

export async function listDepartmentContacts(ctx: UseCaseContext, q: { county?: string }) {
  const county = countyToRead(ctx, q.county);
  const [departments, contacts, table] = await Promise.all([
    ctx.db.department.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, bodyName: true } }),
    ctx.db.departmentContact.findMany({ where: { countyCode: county } }),
    regionTable(ctx),
  ]);
  const byCode = new Map(contacts.map((c) => [c.departmentCode, c]));
  const countyName = table.byCode.get(county)?.name ?? county;
  return departments.map((d) => {
    const c = byCode.get(d.code);
    return {
      countyCode: county, departmentCode: d.code, departmentName: d.name, bodyName: d.bodyName.replace('{county}', countyName),
      phone: c?.phone ?? null, updatedBy: c?.updatedBy ?? null, updatedAt: c?.updatedAt.toISOString() ?? null,
    };
  });
}
