import { ErrorBodySchema } from '../../src-shared/contracts/common';
import {
  AdminNotificationPageSchema,
  AdminNotificationsQuery,
  ConsentRecordedSchema,
  NotificationIdParams,
  RecordConsentSchema,
  TemplateListSchema,
} from '../../src-shared/contracts/notifications';
import { z } from 'zod';
import { defineRoute, publicAccess, residentOnly, staffOnly } from '../platform/http/route';
import { limits } from '../platform/http/rate-limit';
import { listNotifications } from './list-notifications';
import { listTemplates } from './list-templates';
import { recordConsent } from './record-consent';
import { retryNotification } from './retry-notification';

const tags = ['notifications'];
const refused = (description: string) => ({ description, schema: ErrorBodySchema });

export const notificationRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/notifications/templates', summary: '已开通的订阅消息模板（提交申请时请求授权用）', tags,
    access: publicAccess, responses: { 200: { description: '模板', schema: TemplateListSchema } },
    handler: ({ state }) => listTemplates(state.useCase),
  }),
  defineRoute({
    method: 'post', path: '/api/me/subscriptions', summary: '记录居民同意接收的订阅消息（每个模板一次）', tags,
    access: residentOnly, rateLimits: [limits.writePerAccount], body: RecordConsentSchema,
    responses: { 201: { description: '已记录', schema: ConsentRecordedSchema }, 400: refused('模板不正确或未开通'), 404: refused('没有这个办件，或不是您的办件') },
    handler: (ctx, { body }) => recordConsent(ctx.state.useCase, body),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/notifications', summary: '未送达（死信）、已跳过或待发送的订阅消息', tags,
    access: staffOnly('city_admin', 'county_admin'), query: AdminNotificationsQuery,
    responses: { 200: { description: '一页消息', schema: AdminNotificationPageSchema } },
    handler: ({ state }, { query }) => listNotifications(state.useCase, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/notifications/:id/retry', summary: '重发一条投递失败的消息', tags,
    access: staffOnly('city_admin'), params: NotificationIdParams,
    responses: { 200: { description: '已重新排队', schema: z.object({ id: z.string() }) }, 404: refused('没有这条消息'), 409: refused('只有投递失败的消息可以重发') },
    handler: ({ state }, { params }) => retryNotification(state.useCase, params),
  }),
];
