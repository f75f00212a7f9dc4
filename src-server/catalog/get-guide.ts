// Use case: the whole guide of one matter, at the published version (from the instance's memory) or a given
// older one (from the database), placed for the resident: the county's department phone as entered, and — for a
// township or village — the centre or station the matter's level and the county's lists send them to.
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { Guide } from '../../src-shared/contracts/catalog';
import { readCounties, type CountiesFile } from './catalog-files';
import { placeGuide, placeLevelFor, presentGuide, type LocalPlace } from './present-guide';
import type { PublishedCatalog } from './published-catalog';
import { regionTable } from '../places/regions-memory';
import { delegationInForce } from '../routing/decide-queue';
import { queueName } from '../queues/queue-names';
import { departmentPhones, stationServing, townshipCentreOf, villageStationOf } from '../service-places/contacts-memory';
import { delegationsOf } from '../delegations/delegations-of';

let counties: CountiesFile | undefined;

export async function getGuide(
  ctx: UseCaseContext,
  { matterId, ...options }: { matterId: string; version?: number; county?: string; regionCode?: string },
  published: PublishedCatalog,
): Promise<Guide> {
  const county = options.regionCode?.slice(0, 6) ?? options.county;
  const snapshot = await published.current();
  if (options.version === undefined || options.version === snapshot.version) {
    const guide = published.guide(snapshot, matterId, county);
    const row = snapshot.byId.get(matterId);
    if (guide && row && (options.version !== undefined || guide.status !== '取消')) return localize(ctx, guide, row.content, county, options.regionCode);
    if (options.version === undefined) throw Errors.notFound('没有找到这个事项，它可能已被取消');
  }
  const version = options.version as number;
  const row = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version, matterId } } });
  if (!row) throw Errors.notFound(`第 ${version} 版目录中没有这个事项`);
  const department = await ctx.db.department.findUniqueOrThrow({ where: { code: row.departmentCode } });
  counties ??= readCounties(); // committed reference data, the same for every instance
  return localize(ctx, presentGuide(row, department, counties, county), row.content as unknown as MatterSource, county, options.regionCode);
}

async function localize(ctx: UseCaseContext, base: Guide, m: MatterSource, county: string | undefined, regionCode: string | undefined) {
  const phones = await departmentPhones(ctx, base.department.code);
  const local = regionCode && regionCode.length >= 9 ? await localPlace(ctx, base.id, m, regionCode) : null;
  return placeGuide(base, m, county, phones, local);
}

async function localPlace(ctx: UseCaseContext, matterId: string, m: MatterSource, regionCode: string): Promise<LocalPlace | null> {
  const table = await regionTable(ctx);
  const township = table.byCode.get(regionCode.slice(0, 9));
  if (!table.byCode.has(regionCode) || township?.level !== 'township') throw Errors.notFound('没有找到这个地区，请重新选择乡镇（街道）或村（社区）');
  const county = regionCode.slice(0, 6);
  const delegations = await ctx.memo.brief(`delegations:${county}:${matterId}`, () => delegationsOf(ctx, county, matterId));
  const delegation = delegationInForce(delegations, township.code, ctx.clock.today());
  const station = regionCode.length === 12 ? await stationServing(ctx, regionCode) : null;
  const level = placeLevelFor({ matter: m, regionCode, delegation, station });
  const centreName = queueName('township', township.name, null);
  const stationName = station ? queueName('village', table.byCode.get(station)?.name ?? station, null) : '';
  if (level === 'township') {
    const why = m.level === 5 ? `乡镇（街道）级事项，由${township.name}办理`
      : m.level === 6 ? `村（社区）级事项，可到所在村（社区）便民服务站或${centreName}办理`
      : `依据${delegation?.documentNo ?? ''}，本县（区）已将本事项下放至乡镇（街道），在${centreName}办理`;
    const also = station && m.acceptedAt.includes('village') ? `；也可在${stationName}申请、由其代办` : '';
    return { level, name: centreName, note: why + also, contacts: await townshipCentreOf(ctx, township.code) };
  }
  if (level === 'village' && station) {
    const own = station === regionCode ? '' : `；${table.byCode.get(regionCode)?.name ?? ''}未单设服务站，由${stationName}服务`;
    const why = m.level === 6 ? '村（社区）级事项，在村（社区）便民服务站办理'
      : delegation?.target === 'villages' ? `依据${delegation.documentNo}，本事项已延伸至村（社区）便民服务站办理`
      : '本事项在村（社区）便民服务站受理，由县（区）主管部门办理';
    const row = await villageStationOf(ctx, station);
    return { level, name: stationName, note: why + own, contacts: row ? { address: row.address, hours: row.hours, phone: row.phone } : null };
  }
  return null;
}
