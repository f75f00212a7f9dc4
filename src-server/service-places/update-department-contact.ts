// Use case: a county admin enters (or removes) a department's 咨询电话 for the county; the guide prints it from
// then on instead of the 12345 hotline.
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { assertCountyAdminOf } from './county-scope';
import { MEMO_PREFIX } from './contacts-memory';
import { listDepartmentContacts } from './list-department-contacts';

export async function updateDepartmentContact(ctx: UseCaseContext, input: { county: string; department: string; phone: string | null }) {
  const actor = assertCountyAdminOf(ctx, input.county);
  const department = await ctx.db.department.findUnique({ where: { code: input.department } });
  if (!department) throw Errors.notFound('没有找到这个部门');
  const key = { countyCode: input.county, departmentCode: input.department };
  await inTransaction(ctx, async (tx) => {
    const before = await tx.db.departmentContact.findUnique({ where: { countyCode_departmentCode: key } });
    if (input.phone === null) await tx.db.departmentContact.deleteMany({ where: key });
    else {
      const data = { phone: input.phone, updatedBy: actor.username, updatedAt: ctx.clock.now() };
      await tx.db.departmentContact.upsert({ where: { countyCode_departmentCode: key }, create: { ...key, ...data }, update: data });
    }
    await audit(tx, {
      action: 'service_places.department_phone', subjectType: 'department_contact', subjectId: `${input.county}:${input.department}`,
      details: { before: before?.phone ?? null, after: input.phone },
    });
  });
  ctx.memo.forget(MEMO_PREFIX);
  const all = await listDepartmentContacts(ctx, { county: input.county });
  return all.find((c) => c.departmentCode === input.department)!;
}
