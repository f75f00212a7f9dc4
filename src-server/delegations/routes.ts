import { DelegationPageSchema, DelegationSchema } from '../../src-shared/contracts/catalog-admin';
import { defineRoute, staffOnly } from '../platform/http/route';
import { createDelegation } from './create-delegation';
import { listDelegations } from './list-delegations';
import { recallDelegation } from './recall-delegation';
import { CreateDelegationBody, DelegationListQuery, DelegationParams, RecallBody, WithdrawRecallBody } from './schemas';
import { withdrawRecall } from './withdraw-recall';

const tags = ['delegations'];

export const delegationRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/admin/delegations', summary: '权责清单（下放记录）', tags,
    access: staffOnly('county_admin', 'city_admin'), query: DelegationListQuery, responses: { 200: { description: '一页下放记录', schema: DelegationPageSchema } },
    handler: ({ state }, { query }) => listDelegations(state.useCase, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/delegations', summary: '新增下放（仅县级管理员）', tags,
    access: staffOnly('county_admin'), body: CreateDelegationBody, responses: { 201: { description: '已新增', schema: DelegationSchema } },
    handler: (ctx, { body }) => createDelegation(ctx.state.useCase, body),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/delegations/:id/recall', summary: '收回下放（自某日起）', tags,
    access: staffOnly('county_admin'), params: DelegationParams, body: RecallBody, responses: { 200: { description: '已收回', schema: DelegationSchema } },
    handler: ({ state }, { params, body }) => recallDelegation(state.useCase, { id: params.id, ...body }),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/delegations/:id/recall/withdraw', summary: '撤回尚未生效的收回', tags,
    access: staffOnly('county_admin'), params: DelegationParams, body: WithdrawRecallBody,
    responses: { 200: { description: '已撤回，下放恢复为长期有效', schema: DelegationSchema } },
    handler: ({ state }, { params, body }) => withdrawRecall(state.useCase, { id: params.id, reason: body.reason }),
  }),
];
