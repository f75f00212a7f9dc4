import { ApplicationPageSchema, ApplicationSchema, QueueCasesQuery, QueueListSchema } from '../../src-shared/contracts/applications';
import { z } from 'zod';
import { getApplication } from '../applications/get-application';
import { defineRoute, staffOnly } from '../platform/http/route';
import { claimNextCase } from './claim-next-case';
import { listQueueCases } from './list-queue-cases';
import { listQueues } from './list-queues';

const tags = ['queues'];
const QueueParams = z.object({ id: z.string().regex(/^[a-z_]+:\d{4,12}(:[a-z]{2,6})?$/, { error: '队列编号格式不正确' }) });
const staff = staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin');

export const queueRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/queues', summary: '我能看到的窗口队列及各状态、预警数', tags,
    access: staff, responses: { 200: { description: '队列', schema: QueueListSchema } },
    handler: ({ state }) => listQueues(state.useCase, { withCasesOnly: true }),
  }),
  defineRoute({
    method: 'get', path: '/api/queues/:id/applications', summary: '队列中的办件（个人信息脱敏）', tags,
    access: staff, params: QueueParams, query: QueueCasesQuery, responses: { 200: { description: '一页办件', schema: ApplicationPageSchema } },
    handler: ({ state }, { params, query }) => listQueueCases(state.useCase, { queueId: params.id, ...query }),
  }),
  defineRoute({
    method: 'post', path: '/api/queues/:id/claim', summary: '认领下一件（按到期日先后）', tags,
    access: staffOnly('clerk'), params: QueueParams,
    responses: { 200: { description: '认领到的办件', schema: ApplicationSchema }, 204: { description: '没有可认领的办件', empty: true } },
    handler: async (ctx, { params }) => {
      const claimed = await claimNextCase(ctx.state.useCase, { queueId: params.id });
      if (!claimed) {
        ctx.status = 204;
        return undefined;
      }
      return getApplication(ctx.state.useCase, claimed, { piiViewLogged: claimed.piiViewLogged });
    },
  }),
];
