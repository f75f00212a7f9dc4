import { ErrorBodySchema } from '../../src-shared/contracts/common';
import { anyone, defineRoute, staffOnly } from '../platform/http/route';
import { limits } from '../platform/http/rate-limit';
import type { UseCaseContext } from '../platform/use-case';
import {
  ChatAnswerSchema, ChatBody, ChatHistorySchema, ChatSessionParams,
  TicketAnswerBody, TicketDetailSchema, TicketListQuery, TicketPageSchema, TicketParams, TicketSummarySchema,
} from './schemas';
import type { AssistantDeps } from './converse';
import { sendChatMessage } from './send-chat-message';
import { getChatHistory } from './get-chat-history';
import { listTickets } from './list-tickets';
import { getTicket } from './get-ticket';
import { answerTicket } from './answer-ticket';

const tags = ['assistant'];
const refused = (description: string) => ({ description, schema: ErrorBodySchema });
const staffRoles = staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin');

export const assistantRoutes = (
  deps: AssistantDeps,
  notifyWechat: (ctx: UseCaseContext, openid: string, text: string) => Promise<unknown>,
) => [
  defineRoute({
    method: 'post', path: '/api/chat', summary: '智能客服：按居民的说法解答（事项、材料、时限、收费、地点、我的办件），可转人工', tags,
    access: anyone, rateLimits: [limits.chatPerIp], body: ChatBody,
    responses: { 200: { description: '本轮答复', schema: ChatAnswerSchema }, 400: refused('没有输入内容或内容过长'), 409: refused('上一条消息还在处理中') },
    handler: ({ state }, { body }) => sendChatMessage(state.useCase, body, deps),
  }),
  defineRoute({
    method: 'get', path: '/api/chat/:sessionId', summary: '一段对话的记录（含人工客服的答复）', tags,
    access: anyone, params: ChatSessionParams,
    responses: { 200: { description: '对话记录', schema: ChatHistorySchema }, 404: refused('没有这段对话，或不是您的对话') },
    handler: ({ state }, { params }) => getChatHistory(state.useCase, params),
  }),
  defineRoute({
    method: 'get', path: '/api/consultations', summary: '咨询工单：转人工的对话（本人负责的窗口）', tags,
    access: staffRoles, query: TicketListQuery,
    responses: { 200: { description: '一页咨询单', schema: TicketPageSchema } },
    handler: ({ state }, { query }) => listTickets(state.useCase, query, deps.published),
  }),
  defineRoute({
    method: 'get', path: '/api/consultations/:id', summary: '一个咨询单及之前的对话', tags,
    access: staffRoles, params: TicketParams,
    responses: { 200: { description: '咨询单', schema: TicketDetailSchema }, 404: refused('没有这个咨询单，或不在您负责的窗口') },
    handler: ({ state }, { params }) => getTicket(state.useCase, params, deps.published),
  }),
  defineRoute({
    method: 'post', path: '/api/consultations/:id/answer', summary: '答复咨询单（居民在对话中看到）', tags,
    access: staffRoles, rateLimits: [limits.writePerAccount], params: TicketParams, body: TicketAnswerBody,
    responses: {
      200: { description: '已答复', schema: TicketSummarySchema },
      404: refused('没有这个咨询单，或不在您负责的窗口'),
      409: refused('已经答复过了'),
    },
    handler: ({ state }, { params, body }) => answerTicket(state.useCase, { id: params.id, text: body.text }, { published: deps.published, notifyWechat }),
  }),
];
