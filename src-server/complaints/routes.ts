import { z } from 'zod';
import { AnswerComplaintBody, ComplaintListQuery, ComplaintPageSchema, ComplaintSchema, SubmitComplaintBody } from '../../src-shared/contracts/complaints';
import { defineRoute, residentOnly, staffOnly } from '../platform/http/route';
import { answerComplaint } from './answer-complaint';
import { listComplaints } from './list-complaints';
import { listMyComplaints } from './list-my-complaints';
import { submitComplaint } from './submit-complaint';

const tags = ['complaints'];

export const complaintRoutes = () => [
  defineRoute({
    method: 'post', path: '/api/complaints', summary: '提交投诉或建议（转区县答复）', tags,
    access: residentOnly, body: SubmitComplaintBody, responses: { 201: { description: '已提交', schema: ComplaintSchema } },
    handler: (ctx, { body }) => submitComplaint(ctx.state.useCase, body),
  }),
  defineRoute({
    method: 'get', path: '/api/complaints', summary: '我的投诉建议', tags,
    access: residentOnly, query: ComplaintListQuery, responses: { 200: { description: '一页投诉建议', schema: ComplaintPageSchema } },
    handler: ({ state }, { query }) => listMyComplaints(state.useCase, query),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/complaints', summary: '投诉建议（本区县；市级为全部）', tags,
    access: staffOnly('county_admin', 'city_admin'), query: ComplaintListQuery, responses: { 200: { description: '一页投诉建议', schema: ComplaintPageSchema } },
    handler: ({ state }, { query }) => listComplaints(state.useCase, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/complaints/:id/answer', summary: '答复投诉建议（一次）', tags,
    access: staffOnly('county_admin', 'city_admin'), params: z.object({ id: z.uuid({ error: '投诉建议编号格式不正确' }) }), body: AnswerComplaintBody,
    responses: { 200: { description: '已答复', schema: ComplaintSchema } },
    handler: ({ state }, { params, body }) => answerComplaint(state.useCase, { id: params.id, answer: body.answer }),
  }),
];
