// Use case: which queue a case for (matter, place, date) goes to, and why, in words a clerk can check.
import type { UseCaseContext } from '../platform/use-case';
import { currentVersion } from '../catalog/current-version';
import { Errors } from '../platform/errors';
import { decideQueue, type RouteDecision } from './decide-queue';
import { queueName } from '../queues/queue-names';

export async function routeFor(ctx: UseCaseContext, input: { matterId: string; regionCode: string; at?: string; version?: number }) {
  // A case is routed with the matter as the resident saw it (its version); a preview with the current one.
  const version = input.version ?? (await currentVersion(ctx));
  const matter = await ctx.db.publishedMatter.findUnique({
    where: { version_matterId: { version, matterId: input.matterId } },
    select: { level: true, departmentCode: true, name: true, status: true },
  });
  if (!matter || matter.status === 'cancelled') throw Errors.notFound('没有找到这个事项');
  const region = await ctx.db.region.findUnique({ where: { code: input.regionCode }, select: { level: true } });
  if (!region || region.level === 'city') throw Errors.notFound('没有找到这个地区，请选择县区、乡镇（街道）或村（社区）');
  const county = input.regionCode.slice(0, 6);
  const delegations = await ctx.db.delegation.findMany({ where: { countyCode: county, matterId: input.matterId } });
  const at = input.at ?? ctx.clock.today();
  // Every village and community in the divisions data is treated as having a 便民服务站.
  const decision = decideQueue({ matter, regionCode: input.regionCode, villageHasStation: region.level === 'village', at, delegations });
  return { decision, matterName: matter.name, at };
}

export async function describeRoute(ctx: UseCaseContext, decision: RouteDecision, matterName: string) {
  const { queue, reason } = decision;
  const codes = [queue.regionCode, queue.regionCode.slice(0, 6), 'townshipCode' in reason ? reason.townshipCode : ''].filter(Boolean);
  const regions = new Map((await ctx.db.region.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })).map((r) => [r.code, r.name]));
  const department = queue.departmentCode ? await ctx.db.department.findUnique({ where: { code: queue.departmentCode } }) : null;
  const regionName = regions.get(queue.regionCode) ?? queue.regionCode;
  const name = queueName(queue.kind, regionName, department);
  const township = 'townshipCode' in reason ? regions.get(reason.townshipCode) ?? reason.townshipCode : '';
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
