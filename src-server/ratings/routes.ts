import { z } from 'zod';
import {
  AppealBody, AppealDecisionBody, AppealListQuery, AppealPageSchema, AppealSchema, CallBackBody, FollowUpListQuery,
  FollowUpPageSchema, FollowUpSchema, RateCaseBody, RatingExportQuery, RatingExportRowSchema, RatingSchema, RatingViewSchema,
  ReRateBody, ReplyBody, SettingsBody, SettingsSchema,
} from '../../src-shared/contracts/ratings';
import { defineRoute, residentOnly, signedIn, staffOnly } from '../platform/http/route';
import { appealRating } from './appeal-rating';
import { decideAppeal } from './decide-appeal';
import { exportRatingRows, ratingsCsv, ratingsXlsx } from './export-ratings';
import { getFollowUp } from './get-follow-up';
import { getRating } from './get-rating';
import { getSettings } from './get-settings';
import { listAppeals } from './list-appeals';
import { listFollowUps } from './list-follow-ups';
import { rateCase } from './rate-case';
import { reRateCase } from './re-rate-case';
import { recordCallBack } from './record-call-back';
import { replyFollowUp } from './reply-follow-up';
import { updateSettings } from './update-settings';

const tags = ['ratings'];
const Id = (what: string) => z.object({ id: z.uuid({ error: `${what}编号格式不正确` }) });
const CaseParams = Id('办件');
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const workers = staffOnly('clerk', 'township_lead');
const admins = staffOnly('county_admin', 'city_admin');

export const ratingRoutes = () => [
  defineRoute({
    method: 'post', path: '/api/applications/:id/rating', summary: '评价办件（好差评，一事一评；差评自动生成回访）', tags,
    access: residentOnly, params: CaseParams, body: RateCaseBody,
    responses: { 201: { description: '已评价', schema: RatingViewSchema } },
    handler: async (ctx, { params, body }) => {
      await rateCase(ctx.state.useCase, { applicationId: params.id, ...body });
      return getRating(ctx.state.useCase, { applicationId: params.id });
    },
  }),
  defineRoute({
    method: 'get', path: '/api/applications/:id/rating', summary: '办件的评价、差评回访与能否追评', tags,
    access: signedIn, params: CaseParams, responses: { 200: { description: '评价情况', schema: RatingViewSchema } },
    handler: ({ state }, { params }) => getRating(state.useCase, { applicationId: params.id }),
  }),
  defineRoute({
    method: 'post', path: '/api/applications/:id/rating/again', summary: '追评（差评整改答复后，仅一次）', tags,
    access: residentOnly, params: CaseParams, body: ReRateBody, responses: { 200: { description: '已追评', schema: RatingSchema } },
    handler: ({ state }, { params, body }) => reRateCase(state.useCase, { applicationId: params.id, ...body }),
  }),
  defineRoute({
    method: 'get', path: '/api/follow-ups', summary: '差评回访（本人范围内的窗口）', tags,
    access: staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin'), query: FollowUpListQuery,
    responses: { 200: { description: '一页差评回访', schema: FollowUpPageSchema } },
    handler: ({ state }, { query }) => listFollowUps(state.useCase, query),
  }),
  defineRoute({
    method: 'get', path: '/api/follow-ups/:id', summary: '一条差评回访', tags,
    access: staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin'), params: Id('回访'),
    responses: { 200: { description: '差评回访', schema: FollowUpSchema } },
    handler: ({ state }, { params }) => getFollowUp(state.useCase, params),
  }),
  defineRoute({
    method: 'post', path: '/api/follow-ups/:id/call-back', summary: '记录回访', tags,
    access: workers, params: Id('回访'), body: CallBackBody, responses: { 200: { description: '已回访', schema: FollowUpSchema } },
    handler: ({ state }, { params, body }) => recordCallBack(state.useCase, { followUpId: params.id, note: body.note }),
  }),
  defineRoute({
    method: 'post', path: '/api/follow-ups/:id/reply', summary: '整改答复', tags,
    access: workers, params: Id('回访'), body: ReplyBody, responses: { 200: { description: '已答复', schema: FollowUpSchema } },
    handler: ({ state }, { params, body }) => replyFollowUp(state.useCase, { followUpId: params.id, reply: body.reply }),
  }),
  defineRoute({
    method: 'post', path: '/api/ratings/:id/appeal', summary: '申诉恶意差评', tags,
    access: workers, params: Id('评价'), body: AppealBody, responses: { 201: { description: '已申诉', schema: AppealSchema } },
    handler: (ctx, { params, body }) => appealRating(ctx.state.useCase, { ratingId: params.id, reason: body.reason }),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/appeals', summary: '差评申诉（本区县；市级为全部）', tags,
    access: admins, query: AppealListQuery, responses: { 200: { description: '一页申诉', schema: AppealPageSchema } },
    handler: ({ state }, { query }) => listAppeals(state.useCase, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/appeals/:id/decision', summary: '审核申诉（成立则该评价不计入统计）', tags,
    access: admins, params: Id('申诉'), body: AppealDecisionBody, responses: { 200: { description: '已审核', schema: AppealSchema } },
    handler: ({ state }, { params, body }) => decideAppeal(state.useCase, { id: params.id, ...body }),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/ratings/export', summary: '导出好差评（国家字段：办件编号、评价渠道、评价时间、满意度代码、文字评价、行政区划）', tags,
    access: admins, query: RatingExportQuery,
    responses: { 200: { description: '评价数据（JSON；format=csv 或 xlsx 时为文件）', schema: z.array(RatingExportRowSchema), alsoAs: ['text/csv', xlsx] } },
    handler: async (ctx, { query }) => {
      const rows = await exportRatingRows(ctx.state.useCase, query);
      const name = `ratings${query.county ? `-${query.county}` : ''}${query.from ? `-${query.from}` : ''}${query.to ? `-${query.to}` : ''}`;
      if (query.format === 'json') return rows;
      ctx.attachment(`${name}.${query.format}`);
      ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : xlsx;
      return query.format === 'csv' ? ratingsCsv(rows) : ratingsXlsx(rows);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/settings', summary: '差评回访与投诉建议的时限（工作日）', tags: ['settings'],
    access: admins, responses: { 200: { description: '当前设置', schema: SettingsSchema } },
    handler: ({ state }) => getSettings(state.useCase),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/settings', summary: '修改时限（市级管理员，1–60 个工作日）', tags: ['settings'],
    access: staffOnly('city_admin'), body: SettingsBody, responses: { 200: { description: '已保存', schema: SettingsSchema } },
    handler: ({ state }, { body }) => updateSettings(state.useCase, body),
  }),
];
