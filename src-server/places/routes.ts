import { defineRoute, publicAccess } from '../platform/http/route';
import { RegionDetailSchema, RegionListSchema } from '../../src-shared/contracts/places';
import { ListRegionsQuery, RegionParams } from './schemas';
import { getRegion, listRegions } from './list-regions';

export const placesRoutes = () => [
  defineRoute({
    method: 'get',
    path: '/api/regions',
    summary: '下级行政区划（市 → 县区 → 乡镇街道 → 村社区）',
    tags: ['places'],
    access: publicAccess,
    query: ListRegionsQuery,
    responses: { 200: { description: '按代码排序的下级区划', schema: RegionListSchema } },
    handler: ({ state }, { query }) => listRegions(state.useCase, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/regions/:code',
    summary: '一个区划及其上级路径',
    tags: ['places'],
    access: publicAccess,
    params: RegionParams,
    responses: { 200: { description: '区划详情', schema: RegionDetailSchema } },
    handler: ({ state }, { params }) => getRegion(state.useCase, params),
  }),
];
