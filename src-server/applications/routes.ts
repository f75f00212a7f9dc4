import { z } from 'zod';
import {
  ActionBody,
  ApplicationDraftSchema,
  ApplicationPageSchema,
  ApplicationSchema,
  DraftContentSchema,
  HolidayYearBody,
  HolidayYearSchema,
  MyApplicationsQuery,
  QueueRefSchema,
  SubmitApplicationBody,
  SupplementBody,
  WithdrawBody,
} from '../../src-shared/contracts/applications';
import { defineRoute, residentOnly, signedIn, staffOnly } from '../platform/http/route';
import type { UseCaseContext } from '../platform/use-case';
import { acceptCase } from '../queues/accept-case';
import { claimCase } from '../queues/claim-case';
import { denyCase } from '../queues/deny-case';
import { endSpecialProcedure } from '../queues/end-special-procedure';
import { finishCase } from '../queues/finish-case';
import { rejectCase } from '../queues/reject-case';
import { releaseCase } from '../queues/release-case';
import { requestCorrection } from '../queues/request-correction';
import { startSpecialProcedure } from '../queues/start-special-procedure';
import { transferCase } from '../queues/transfer-case';
import { discardApplicationDraft, getApplicationDraft, saveApplicationDraft } from './drafts';
import { getApplication } from './get-application';
import { getHolidayYear, setHolidayYear } from './holiday-calendar';
import { listMyApplications } from './list-my-applications';
import { ApplicationParams, CalendarParams, DraftParams } from './schemas';
import { submitApplication } from './submit-application';
import { supplementApplication } from './supplement-application';
import { transferTargets } from './transfer-targets';
import { withdrawApplication } from './withdraw-application';

const tags = ['applications'];
const caseAnswer = { 200: { description: '办件（按查看者的权限脱敏）', schema: ApplicationSchema } };

/** One clerk action: the state machine and the use case of that action decide. */
function act(ctx: UseCaseContext, id: string, body: z.infer<typeof ActionBody>) {
  switch (body.action) {
    case 'accept':
      return acceptCase(ctx, { id, note: body.note, revision: body.revision });
    case 'request_correction':
      return requestCorrection(ctx, { id, items: body.items, note: body.note, revision: body.revision });
    case 'finish':
      return finishCase(ctx, { id, result: body.result, note: body.note, revision: body.revision });
    case 'deny':
      return denyCase(ctx, { id, reason: body.reason, legalBasis: body.legalBasis, revision: body.revision });
    case 'reject':
      return rejectCase(ctx, { id, reason: body.reason, legalBasis: body.legalBasis, revision: body.revision });
    case 'transfer':
      return transferCase(ctx, { id, targetQueueId: body.targetQueueId, reason: body.reason, revision: body.revision });
    case 'release':
      return releaseCase(ctx, { id, note: body.note, revision: body.revision });
    case 'special_start':
      return startSpecialProcedure(ctx, { id, procedure: body.procedure, expectedDays: body.expectedDays, note: body.note, revision: body.revision });
    case 'special_end':
      return endSpecialProcedure(ctx, { id, note: body.note, revision: body.revision });
  }
}

export const applicationRoutes = () => [
  defineRoute({
    method: 'post', path: '/api/applications', summary: '提交申请（需 Idempotency-Key；村站工作人员可代办）', tags,
    access: signedIn, body: SubmitApplicationBody,
    rateLimits: [{ name: 'submit', by: 'actor', limit: 30, windowSeconds: 60 }],
    responses: { 201: { description: '已提交（同一 Idempotency-Key 与相同内容再次提交，返回同一办件）', schema: ApplicationSchema } },
    handler: (ctx, { body }) => submitApplication(ctx.state.useCase, { key: ctx.get('Idempotency-Key') || undefined, body }),
  }),
  defineRoute({
    method: 'get', path: '/api/applications', summary: '我的办件', tags,
    access: residentOnly, query: MyApplicationsQuery, responses: { 200: { description: '一页办件', schema: ApplicationPageSchema } },
    handler: ({ state }, { query }) => listMyApplications(state.useCase, query),
  }),
  defineRoute({
    method: 'get', path: '/api/applications/drafts/:matterId', summary: '申请草稿', tags,
    access: residentOnly, params: DraftParams, responses: { 200: { description: '草稿', schema: ApplicationDraftSchema } },
    handler: ({ state }, { params }) => getApplicationDraft(state.useCase, params),
  }),
  defineRoute({
    method: 'put', path: '/api/applications/drafts/:matterId', summary: '保存申请草稿', tags,
    access: residentOnly, params: DraftParams, body: DraftContentSchema, responses: { 200: { description: '已保存', schema: ApplicationDraftSchema } },
    handler: ({ state }, { params, body }) => saveApplicationDraft(state.useCase, { matterId: params.matterId, content: body }),
  }),
  defineRoute({
    method: 'delete', path: '/api/applications/drafts/:matterId', summary: '删除申请草稿', tags,
    access: residentOnly, params: DraftParams, responses: { 204: { description: '已删除', empty: true } },
    handler: async (ctx, { params }) => {
      await discardApplicationDraft(ctx.state.useCase, params);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/applications/:id', summary: '办件详情与进度', tags,
    access: signedIn, params: ApplicationParams, responses: caseAnswer,
    handler: ({ state }, { params }) => getApplication(state.useCase, params),
  }),
  defineRoute({
    method: 'post', path: '/api/applications/:id/supplement', summary: '补正材料', tags,
    access: residentOnly, params: ApplicationParams, body: SupplementBody, responses: caseAnswer,
    handler: async ({ state }, { params, body }) => getApplication(state.useCase, await supplementApplication(state.useCase, { id: params.id, ...body })),
  }),
  defineRoute({
    method: 'post', path: '/api/applications/:id/withdraw', summary: '撤回申请（受理前）', tags,
    access: residentOnly, params: ApplicationParams, body: WithdrawBody, responses: caseAnswer,
    handler: async ({ state }, { params, body }) => getApplication(state.useCase, await withdrawApplication(state.useCase, { id: params.id, reason: body.reason })),
  }),
  defineRoute({
    method: 'post', path: '/api/applications/:id/claim', summary: '认领办件', tags,
    access: staffOnly('clerk'), params: ApplicationParams, responses: caseAnswer,
    handler: async ({ state }, { params }) => getApplication(state.useCase, await claimCase(state.useCase, params)),
  }),
  defineRoute({
    method: 'post', path: '/api/applications/:id/actions', summary: '办理：受理、补正告知、办结、不予许可、不予受理、转办、退回认领、特别程序', tags,
    access: staffOnly('clerk', 'city_admin'), params: ApplicationParams, body: ActionBody, responses: caseAnswer,
    handler: async ({ state }, { params, body }) =>
      getApplication(state.useCase, await act(state.useCase, params.id, body), { justTransferred: body.action === 'transfer' }),
  }),
  defineRoute({
    method: 'get', path: '/api/applications/:id/transfer-targets', summary: '可转办的窗口', tags,
    access: staffOnly('clerk', 'city_admin'), params: ApplicationParams, responses: { 200: { description: '窗口列表', schema: z.array(QueueRefSchema) } },
    handler: ({ state }, { params }) => transferTargets(state.useCase, params),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/calendar/:year', summary: '某年的节假日与调休安排', tags: ['calendar'],
    access: staffOnly('city_admin', 'county_admin'), params: CalendarParams, responses: { 200: { description: '安排及来源', schema: HolidayYearSchema } },
    handler: ({ state }, { params }) => getHolidayYear(state.useCase, params),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/calendar/:year', summary: '录入某年的节假日与调休安排（国务院办公厅通知）', tags: ['calendar'],
    access: staffOnly('city_admin'), params: CalendarParams, body: HolidayYearBody, responses: { 200: { description: '已保存', schema: HolidayYearSchema } },
    handler: ({ state }, { params, body }) => setHolidayYear(state.useCase, { year: params.year, ...body }),
  }),
];
