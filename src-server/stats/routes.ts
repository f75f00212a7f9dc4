// The figures admins steer by: the city admin for any county or the whole city, a county admin for their own.
import { ErrorBodySchema } from '../../src-shared/contracts/common';
import { StatsQuerySchema, StatsSchema } from '../../src-shared/contracts/stats';
import { defineRoute, staffOnly } from '../platform/http/route';
import { exportStats } from './export-stats';
import { getStats } from './get-stats';

const tags = ['stats'];
const admins = staffOnly('city_admin', 'county_admin');
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refusals = {
  400: { description: '统计条件有误（日期、县区、乡镇）', schema: ErrorBodySchema },
  404: { description: '不在本人管辖范围内的县（区）', schema: ErrorBodySchema },
};

export const statsRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/admin/stats', summary: '办件、时效、满意度、目录与放权赋能统计', tags, access: admins, query: StatsQuerySchema,
    responses: { 200: { description: '统计数据', schema: StatsSchema }, ...refusals },
    handler: ({ state }, { query }) => getStats(state.useCase, query),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/stats/export', summary: '导出统计（XLSX）', tags, access: admins, query: StatsQuerySchema,
    responses: { 200: { description: '与统计页相同的数据，每张表一个工作表', file: true, contentType: xlsx }, ...refusals },
    handler: async (ctx, { query }) => {
      const { stats, bytes } = await exportStats(ctx.state.useCase, query);
      ctx.attachment(`stats-${stats.scope.townshipCode ?? stats.scope.countyCode ?? '4105'}-${stats.period.from}-${stats.period.to}.xlsx`);
      ctx.type = xlsx;
      return bytes;
    },
  }),
];
