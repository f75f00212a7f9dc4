// Which county an admin works on: a county admin their own (another county is not found, as in the stats), the
// city admin any county; only a county admin changes a county's records (the county keeps its own list).
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';

export function countyToRead(ctx: UseCaseContext, county: string | undefined): string {
  const actor = staffOf(ctx);
  const own = actor.scopes.find((s) => s.kind === 'county')?.regionCode;
  if (actor.role === 'city_admin') {
    if (!county) throw Errors.invalidInput([{ field: 'county', message: '请选择县（区）' }]);
    return county;
  }
  if (!own || (county && county !== own)) throw Errors.notFound('没有找到这个县（区）的记录');
  return own;
}

export function assertCountyAdminOf(ctx: UseCaseContext, county: string) {
  const actor = staffOf(ctx);
  if (!actor.scopes.some((s) => s.kind === 'county' && s.regionCode === county)) {
    throw Errors.forbidden('只能维护本县（区）的便民服务中心、服务站和咨询电话');
  }
  return actor;
}
