import { defineRoute, publicAccess } from '../platform/http/route';
import { RegionDetailSchema, RegionListSchema } from '../../src-shared/contracts/places';
import { ListRegionsQuery, RegionParams } from './schemas';
import { getRegion, listRegions } from './list-regions';
import type { Services } from '../services';

export const placesRoutes = ({ db }: Services) => [
  defineRoute({
    method: 'get',
    path: '/api/regions',
    summary: '下级行政区划（市 → 县区 → 乡镇街道 → 村社区）',
    tags: ['places'],
    access: publicAccess,
    query: ListRegionsQuery,
    responses: { 200: { description: '按代码排序的下级区划', schema: RegionListSchema } },
    handler: (_ctx, { query }) => listRegions(db.prisma, query.parent),
  }),
  defineRoute({
    method: 'get',
    path: '/api/regions/:code',
    summary: '一个区划及其上级路径',
    tags: ['places'],
    access: publicAccess,
    params: RegionParams,
    responses: { 200: { description: '区划详情', schema: RegionDetailSchema } },
    handler: (_ctx, { params }) => getRegion(db.prisma, params.code),
  }),
];
