import {
  AddAliasBody,
  SearchAliasSchema,
  SearchAnswerSchema,
  SearchClickBody,
  SearchQuerySchema,
  SuggestAnswerSchema,
  SuggestQuerySchema,
  UnfoundPageSchema,
  UnfoundQuerySchema,
} from '../../src-shared/contracts/search';
import { ErrorBodySchema } from '../../src-shared/contracts/common';
import { defineRoute, publicAccess, staffOnly } from '../platform/http/route';
import { limits } from '../platform/http/rate-limit';
import type { PublishedCatalog } from '../catalog/published-catalog';
import type { SearchService } from './search-service';
import { searchMatters } from './search-matters';
import { suggestMatters } from './suggest-matters';
import { recordClick } from './record-click';
import { listUnfoundSearches } from './list-unfound-searches';
import { addSearchAlias } from './add-search-alias';

const tags = ['search'];
const refused = (description: string) => ({ description, schema: ErrorBodySchema });

export const searchRoutes = (published: PublishedCatalog, search: SearchService) => [
  defineRoute({
    method: 'get', path: '/api/search', summary: '按居民的说法查找事项（分词、拼音、常用说法）', tags, access: publicAccess,
    rateLimits: [limits.searchPerIp], query: SearchQuerySchema,
    responses: { 200: { description: '结果，最相关的在前', schema: SearchAnswerSchema }, 400: refused('没有输入内容或内容过长') },
    handler: ({ state }, { query }) => searchMatters(state.useCase, query, search),
  }),
  defineRoute({
    method: 'get', path: '/api/search/suggest', summary: '输入时的联想（事项名称与常用叫法，支持拼音）', tags, access: publicAccess,
    rateLimits: [limits.suggestPerIp], query: SuggestQuerySchema,
    responses: { 200: { description: '联想词', schema: SuggestAnswerSchema } },
    handler: ({ state }, { query }) => suggestMatters(state.useCase, query, search),
  }),
  defineRoute({
    method: 'post', path: '/api/search/clicks', summary: '记录从搜索结果打开了哪个事项（不记录是谁）', tags, access: publicAccess,
    rateLimits: [limits.searchPerIp], body: SearchClickBody,
    responses: { 204: { description: '已记录', empty: true }, 404: refused('没有这次搜索的记录') },
    handler: async (ctx, { body }) => {
      await recordClick(ctx.state.useCase, body, search);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/search/unfound', summary: '没有搜到结果的搜索（按内容归并，次数多的在前）', tags,
    access: staffOnly('city_admin', 'county_admin'), query: UnfoundQuerySchema,
    responses: { 200: { description: '一页搜索内容', schema: UnfoundPageSchema } },
    handler: ({ state }, { query }) => listUnfoundSearches(state.useCase, query, search),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/search/aliases', summary: '为事项添加别名（下一次搜索即可找到）', tags,
    access: staffOnly('city_admin'), rateLimits: [limits.writePerAccount], body: AddAliasBody,
    responses: { 201: { description: '已添加', schema: SearchAliasSchema }, 404: refused('当前目录中没有这个事项'), 409: refused('已有这个别名') },
    handler: (ctx, { body }) => addSearchAlias(ctx.state.useCase, body, { published, search }),
  }),
];
