import { z } from 'zod';
import {
  DemoAccountListSchema,
  DemoAccountQuery,
  FamilyListSchema,
  FamilyMemberSchema,
  FamilyRequestListSchema,
  LoginResultSchema,
  ProfileSchema,
  UserSchema,
} from '../../src-shared/contracts/identity';
import { defineRoute, demoOnly, publicAccess, residentOnly, signedIn, staffOnly } from '../platform/http/route';
import { limits } from '../platform/http/rate-limit';
import { Errors } from '../platform/errors';
import type { Services } from '../services';
import { addFamilyMember } from './add-family-member';
import { listFamilyMembers } from './list-family-members';
import { removeFamilyMember } from './remove-family-member';
import { answerFamilyRequest, listFamilyRequests } from './family-requests';
import { confirmFamilyAtStation, lookupFamilyBindings } from './station-family-binding';
import { getMe } from './get-me';
import { getMyProfile } from './get-my-profile';
import { loginResident } from './login-resident';
import { loginStaff } from './login-staff';
import { listDemoAccounts } from './list-demo-accounts';
import { logout } from './logout';
import {
  AddFamilyMemberBody,
  DevLoginBody,
  FamilyAnswerParams,
  IdParams,
  ProfileQuery,
  RevealBody,
  RevealResultSchema,
  StaffLoginBody,
  StationFamilyBindingSchema,
  StationFamilyConfirmBody,
  StationFamilyLookupBody,
  UpdateProfileBody,
  WechatLoginBody,
} from './schemas';
import { getResidentForStaff } from './get-resident-for-staff';
import { revealResidentNumber } from './reveal-resident-number';
import { updateProfile } from './update-profile';
import { exchangeCode } from './wechat';

const tags = ['identity'];
const login = { 200: { description: '登录成功，返回令牌和用户', schema: LoginResultSchema } };

export const identityRoutes = (services: Services) => [
  defineRoute({
    method: 'post', path: '/api/auth/wechat', summary: '微信登录（wx.login 的 code 换取令牌）', tags,
    access: publicAccess, rateLimits: [limits.loginPerIp], body: WechatLoginBody, responses: login,
    handler: async (ctx, { body }) => {
      if (!services.config.wechat) throw Errors.unavailable('本服务未配置微信登录');
      const session = await exchangeCode(services.config.wechat, body.code);
      return loginResident(ctx.state.useCase, { ...session, via: 'wechat' });
    },
  }),
  defineRoute({
    method: 'post', path: '/api/auth/dev', summary: '演示登录（仅演示模式）', tags,
    access: demoOnly, rateLimits: [limits.loginPerIp], body: DevLoginBody, responses: login,
    handler: ({ state }, { body }) => loginResident(state.useCase, { openid: `dev:${body.openid}`, via: 'dev' }),
  }),
  defineRoute({
    method: 'get', path: '/api/auth/demo-accounts', summary: '演示账号（仅演示模式）', tags,
    access: demoOnly, query: DemoAccountQuery, responses: { 200: { description: '演示工作人员账号', schema: DemoAccountListSchema } },
    handler: ({ state }, { query }) => listDemoAccounts(state.useCase, { county: query.county, password: services.config.demoPassword }),
  }),
  defineRoute({
    method: 'post', path: '/api/auth/staff', summary: '工作人员登录', tags,
    access: publicAccess, rateLimits: [limits.loginPerIp, limits.staffLoginPerAccount], body: StaffLoginBody, responses: login,
    handler: ({ state }, { body }) => loginStaff(state.useCase, body),
  }),
  defineRoute({
    method: 'post', path: '/api/auth/logout', summary: '退出登录（令牌立即失效）', tags,
    access: signedIn, responses: { 204: { description: '已退出', empty: true } },
    handler: async (ctx) => {
      await logout(ctx.state.useCase);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/me', summary: '当前用户', tags,
    access: signedIn, responses: { 200: { description: '居民或工作人员', schema: UserSchema } },
    handler: ({ state }) => getMe(state.useCase),
  }),
  defineRoute({
    method: 'get', path: '/api/me/profile', summary: '本人实名信息（默认脱敏）', tags,
    access: residentOnly, query: ProfileQuery, responses: { 200: { description: '实名信息', schema: ProfileSchema } },
    handler: ({ state }, { query }) => getMyProfile(state.useCase, { full: query.full === 'true' }),
  }),
  defineRoute({
    method: 'put', path: '/api/me/profile', summary: '填写或修改实名信息', tags,
    access: residentOnly, rateLimits: [limits.writePerAccount], body: UpdateProfileBody,
    responses: { 200: { description: '保存后的实名信息（脱敏）', schema: ProfileSchema } },
    handler: ({ state }, { body }) => updateProfile(state.useCase, body),
  }),
  defineRoute({
    method: 'get', path: '/api/me/family', summary: '已绑定的家庭成员（亲情代办）', tags,
    access: residentOnly, responses: { 200: { description: '家庭成员（证件号脱敏）', schema: FamilyListSchema } },
    handler: ({ state }) => listFamilyMembers(state.useCase),
  }),
  defineRoute({
    method: 'post', path: '/api/me/family', summary: '绑定家庭成员（最多 5 位；未成年子女立即生效，其他人待本人确认）', tags,
    access: residentOnly, rateLimits: [limits.writePerAccount], body: AddFamilyMemberBody,
    responses: { 201: { description: '已绑定（active）或等待本人确认（pending）', schema: FamilyMemberSchema } },
    handler: (ctx, { body }) => addFamilyMember(ctx.state.useCase, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/me/family/:id', summary: '解除绑定家庭成员', tags,
    access: residentOnly, params: IdParams, responses: { 204: { description: '已解除', empty: true } },
    handler: async (ctx, { params }) => {
      await removeFamilyMember(ctx.state.useCase, params);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/me/family/requests', summary: '别人发起的、等待我确认的亲情代办绑定', tags,
    access: residentOnly, responses: { 200: { description: '按本人实名身份证号匹配', schema: FamilyRequestListSchema } },
    handler: ({ state }) => listFamilyRequests(state.useCase),
  }),
  defineRoute({
    method: 'post', path: '/api/me/family/requests/:id/:answer', summary: '同意（accept）或拒绝（decline）对方绑定我为家庭成员', tags,
    access: residentOnly, rateLimits: [limits.writePerAccount], params: FamilyAnswerParams, responses: { 204: { description: '已答复', empty: true } },
    handler: async (ctx, { params }) => {
      await answerFamilyRequest(ctx.state.useCase, { id: params.id, accept: params.answer === 'accept' });
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'post', path: '/api/staff/family-bindings/lookup', summary: '按身份证号查找亲情代办绑定（便民服务站当面确认用）', tags,
    access: staffOnly('clerk'), body: StationFamilyLookupBody,
    responses: { 200: { description: '绑定（发起人证件号脱敏）', schema: z.array(StationFamilyBindingSchema) } },
    handler: ({ state }, { body }) => lookupFamilyBindings(state.useCase, body),
  }),
  defineRoute({
    method: 'post', path: '/api/staff/family-bindings/:id/confirm', summary: '便民服务站当面确认亲情代办绑定（记录本人同意）', tags,
    access: staffOnly('clerk'), rateLimits: [limits.writePerAccount], params: IdParams, body: StationFamilyConfirmBody,
    responses: { 204: { description: '已确认', empty: true } },
    handler: async (ctx, { params, body }) => {
      await confirmFamilyAtStation(ctx.state.useCase, { id: params.id, ...body });
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/staff/residents/:id', summary: '工作范围内的居民（脱敏）', tags,
    access: staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin'), params: IdParams,
    responses: { 200: { description: '居民', schema: z.object({ id: z.string(), profile: ProfileSchema }) } },
    handler: ({ state }, { params }) => getResidentForStaff(state.useCase, params),
  }),
  defineRoute({
    method: 'post', path: '/api/staff/residents/:id/reveal', summary: '查看居民完整证件号或手机号（写入审计）', tags,
    access: staffOnly('clerk', 'township_lead', 'county_admin', 'city_admin'), params: IdParams, body: RevealBody,
    responses: { 200: { description: '完整号码', schema: RevealResultSchema } },
    handler: ({ state }, { params, body }) => revealResidentNumber(state.useCase, { id: params.id, ...body }),
  }),
];
