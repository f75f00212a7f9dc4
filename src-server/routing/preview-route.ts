// Use case: which queue a case for (matter, place, date) goes to, and why, in words a clerk can check.
import type { UseCaseContext } from '../platform/use-case';
import { currentVersion } from '../catalog/current-version';
import { Errors } from '../platform/errors';
import { decideQueue, type RouteDecision } from './decide-queue';
import { queueName } from '../queues/queue-names';
import { publishedMatter } from '../catalog/published-matters';
import { regionOf } from '../places/regions-memory';
import { stationServing } from '../service-places/contacts-memory';
import { delegationsOf } from '../delegations/delegations-of';

export async function routeFor(ctx: UseCaseContext, input: { matterId: string; regionCode: string; at?: string; version?: number }) {
  // A case is routed with the matter as the resident saw it (its version); a preview with the current one.
  const version = input.version ?? (await currentVersion(ctx));
  const matter = await publishedMatter(ctx, version, input.matterId);
  if (!matter || matter.status === 'cancelled') throw Errors.notFound('没有找到这个事项');
  const region = await regionOf(ctx, input.regionCode);
  if (!region || region.level === 'city') throw Errors.notFound('没有找到这个地区，请选择县区、乡镇（街道）或村（社区）');
  const county = input.regionCode.slice(0, 6);
  const delegations = await delegationsOf(ctx, county, input.matterId);
  const at = input.at ?? ctx.clock.today();
  // The county's station list says which station serves the village (its own or a neighbour's).
  const station = region.level === 'village' ? await stationServing(ctx, input.regionCode) : null;
  const decision = decideQueue({ matter, regionCode: input.regionCode, station, at, delegations });
  return { decision, matterName: matter.name, at };
}

export async function describeRoute(ctx: UseCaseContext, decision: RouteDecision, matterName: string) {
  const { queue, reason } = decision;
  const nameOf = async (code: string) => (await regionOf(ctx, code))?.name ?? code;
  const departmentCode = queue.departmentCode;
  // A department's name can be edited: remembered briefly.
  const department = departmentCode ? await ctx.memo.brief(`department:${departmentCode}`, () => ctx.db.department.findUnique({ where: { code: departmentCode } })) : null;
  const name = queueName(queue.kind, await nameOf(queue.regionCode), department);
  const township = 'townshipCode' in reason ? await nameOf(reason.townshipCode) : '';
  const text = {
    village_level: `“${matterName}”为村（社区）级事项，由村（社区）便民服务站办理`,
    delegated: `依据${'documentNo' in reason ? reason.documentNo : ''}，“${matterName}”已下放至${township}${'toVillages' in reason && reason.toVillages ? '，并延伸至村（社区）便民服务站' : ''}`,
    not_taken_up: `“${matterName}”已下放（${'documentNo' in reason ? reason.documentNo : ''}），但${township}尚未承接，由县直部门办理`,
    recalled: `“${matterName}”已于 ${'until' in reason ? reason.until : ''} 收回（${'documentNo' in reason ? reason.documentNo : ''}），由县直部门办理`,
    not_delegated: `“${matterName}”在本县（区）未下放至乡镇（街道），由县直部门办理`,
    city_level: `“${matterName}”为市级事项，由市直部门办理`,
    no_township: `未选择乡镇（街道），由县直部门办理`,
  }[reason.code];
  return { queue: { id: queue.id, kind: queue.kind, name }, reason: text, reasonCode: reason.code, delegationId: 'delegationId' in reason ? reason.delegationId : null };
}

/** Use case: the routing preview of the delegation pages and the contract's `GET /api/routing/preview`. */
export async function previewRoute(ctx: UseCaseContext, input: { matterId: string; regionCode: string; at?: string }) {
  const { decision, matterName } = await routeFor(ctx, input);
  return describeRoute(ctx, decision, matterName);
}
