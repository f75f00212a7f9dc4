import { z } from 'zod';
import {
  CatalogStatsSchema,
  DepartmentSummarySchema,
  GuideSchema,
  MatterSummarySchema,
} from '../../src-shared/contracts/catalog';
import { actorOf } from '../identity/actor';
import { actorRef } from '../platform/audit';
import { defineRoute, publicAccess, staffOnly } from '../platform/http/route';
import type { Services } from '../services';
import { catalogStats } from './catalog-stats';
import { cancelDraft } from './cancel-draft';
import { createDraft } from './create-draft';
import { getDraft } from './get-draft';
import { listDrafts } from './list-drafts';
import { replaceDraft } from './replace-draft';
import { getGuide } from './get-guide';
import { listDepartments } from './list-departments';
import { listMatters } from './list-matters';
import { coverageOn, PublishRefused, publishCatalog, refusal } from './publish-catalog';
import { chinaToday } from '../../src-shared/calendar/china-date';
import { checkDrafts } from './quality-rules';
import { republishVersion } from './republish-version';
import {
  ExportQuery,
  TemplateQuery,
  CreateDraftBody,
  DiffParams,
  DraftListQuery,
  GuideQuery,
  MatterIdParams,
  MatterListQuery,
  PublishBody,
  ReplaceDraftBody,
  VersionParams,
} from './schemas';
import { diffVersions } from './version-diff';
import { catalogTemplate, exportCatalogJson, exportCatalogXlsx } from './export-catalog';
import { importCatalog, type ImportFile } from './import-catalog';
import { readJsonBody, readMultipartFile } from '../platform/http/request-body';
import { limits } from '../platform/http/rate-limit';
import { Errors } from '../platform/errors';

const tags = ['catalog'];
const admin = staffOnly('city_admin');
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const catalogRoutes = ({ db }: Services) => [
  defineRoute({
    method: 'get', path: '/api/departments', summary: '有事项的部门', tags, access: publicAccess,
    responses: { 200: { description: '部门及其在用事项数', schema: z.array(DepartmentSummarySchema) } },
    handler: () => listDepartments(db.prisma),
  }),
  defineRoute({
    method: 'get', path: '/api/matters', summary: '已发布的事项（可按部门、层级、主题、掌上办筛选）', tags, access: publicAccess,
    query: MatterListQuery, responses: { 200: { description: '一页事项', schema: page(MatterSummarySchema) } },
    handler: (_ctx, { query }) => listMatters(db.prisma, query),
  }),
  defineRoute({
    method: 'get', path: '/api/matters/:id', summary: '办事指南（当前发布版本，或指定版本）', tags, access: publicAccess,
    params: MatterIdParams, query: GuideQuery, responses: { 200: { description: '办事指南', schema: GuideSchema } },
    handler: (_ctx, { params, query }) => getGuide(db.prisma, params.id, query),
  }),
  defineRoute({
    method: 'get', path: '/api/stats/catalog', summary: '目录数据与改革目标对照', tags, access: publicAccess,
    responses: { 200: { description: '掌上办、乡镇、村级事项数', schema: CatalogStatsSchema } },
    handler: () => catalogStats(db.prisma),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/matters', summary: '事项草稿列表', tags, access: admin, query: DraftListQuery,
    responses: { 200: { description: '草稿' } },
    handler: (_ctx, { query }) => listDrafts(db.prisma, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/matters', summary: '新建事项草稿', tags, access: admin, body: CreateDraftBody,
    responses: { 201: { description: '已创建' } },
    handler: async (ctx, { body }) => {
      ctx.status = 201;
      return createDraft(db.prisma, actorRef(actorOf(ctx.state)), body.departmentCode, body.content, ctx.state.requestId);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/matters/:id', summary: '事项草稿', tags, access: admin, params: MatterIdParams,
    responses: { 200: { description: '草稿全文' } },
    handler: (_ctx, { params }) => getDraft(db.prisma, params.id),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/matters/:id', summary: '修改事项草稿（整份指南）', tags, access: admin,
    params: MatterIdParams, body: ReplaceDraftBody, responses: { 200: { description: '已保存' } },
    handler: (ctx, { params, body }) =>
      replaceDraft(db.prisma, actorRef(actorOf(ctx.state)), params.id, body.content, body.status, ctx.state.requestId),
  }),
  defineRoute({
    method: 'delete', path: '/api/admin/matters/:id', summary: '删除未发布的草稿，或取消已发布的事项', tags, access: admin,
    params: MatterIdParams, responses: { 204: { description: '已删除或取消' } },
    handler: async (ctx, { params }) => {
      await cancelDraft(db.prisma, actorRef(actorOf(ctx.state)), params.id, ctx.state.requestId);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/validate', summary: '按发布规则检查全部草稿', tags, access: admin,
    responses: { 200: { description: '问题列表（空表示可以发布）' } },
    handler: async () => ({ errors: checkDrafts(await db.prisma.matterDraft.findMany(), await coverageOn(db.prisma, chinaToday())) }),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/publish', summary: '发布目录（生成不可修改的新版本）', tags, access: admin,
    body: PublishBody, responses: { 200: { description: '新版本' }, 422: { description: '未通过发布检查' } },
    handler: async (ctx, { body }) => {
      try {
        return await publishCatalog(db.prisma, actorRef(actorOf(ctx.state)), body.note, { requestId: ctx.state.requestId });
      } catch (err) {
        if (err instanceof PublishRefused) throw refusal(err.errors);
        throw err;
      }
    },
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/import', summary: '导入目录（JSON、XLSX、CSV；全部成功或全部不导入）', tags,
    access: admin, rateLimits: [limits.writePerAccount],
    responses: { 200: { description: '新建、更新、不完整的事项数与逐行报告' }, 422: { description: '有无法导入的行（附行号）' } },
    handler: async (ctx) => {
      const maxBytes = 20 * 1024 * 1024;
      let file: ImportFile;
      if (ctx.is('multipart')) {
        const upload = await readMultipartFile(ctx, 'file', maxBytes);
        const name = upload.filename.toLowerCase();
        const kind = name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : name.endsWith('.json') ? 'json' : null;
        if (!kind) throw Errors.unsupportedMediaType('只支持 .json、.xlsx、.csv 文件');
        if (kind === 'json') {
          try {
            file = { kind, body: JSON.parse(upload.bytes.toString('utf8')) };
          } catch {
            throw Errors.malformedBody();
          }
        } else file = { kind, bytes: upload.bytes };
      } else if (ctx.is('json')) {
        file = { kind: 'json', body: await readJsonBody(ctx, maxBytes) };
      } else {
        throw Errors.unsupportedMediaType('请上传 .json、.xlsx、.csv 文件，或以 JSON 提交');
      }
      return importCatalog(db.prisma, actorRef(actorOf(ctx.state)), file, ctx.state.requestId);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/export', summary: '导出已发布目录（JSON 或 XLSX）', tags,
    access: staffOnly('city_admin', 'county_admin'), query: ExportQuery,
    responses: { 200: { description: '目录文件' } },
    handler: async (ctx, { query }) => {
      if (query.format === 'xlsx') {
        ctx.attachment(`anyang-catalog${query.version ? `-v${query.version}` : ''}.xlsx`);
        ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        return exportCatalogXlsx(db.prisma, query.version);
      }
      ctx.attachment(`anyang-catalog${query.version ? `-v${query.version}` : ''}.json`);
      return exportCatalogJson(db.prisma, query.version);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/template', summary: '目录导入模板（XLSX 或 CSV）', tags,
    access: admin, query: TemplateQuery, responses: { 200: { description: '空白模板' } },
    handler: async (ctx, { query }) => {
      ctx.attachment(`catalog-template.${query.format}`);
      ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return catalogTemplate(query.format);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/versions', summary: '已发布的目录版本', tags,
    access: staffOnly('city_admin', 'county_admin'), responses: { 200: { description: '版本列表，新的在前' } },
    handler: async () =>
      (await db.prisma.catalogVersion.findMany({ orderBy: { version: 'desc' } })).map((v) => ({
        version: v.version, publishedAt: v.publishedAt.toISOString(), publishedBy: v.publishedBy, note: v.note,
        republishOf: v.republishOf, counts: v.counts,
      })),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/versions/:from/diff/:to', summary: '两个版本之间的变化', tags,
    access: staffOnly('city_admin', 'county_admin'), params: DiffParams, responses: { 200: { description: '新增、删除、修改' } },
    handler: (_ctx, { params }) => diffVersions(db.prisma, params.from, params.to),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/versions/:version/republish', summary: '重新发布旧版本', tags, access: admin,
    params: VersionParams, body: PublishBody, responses: { 200: { description: '新版本' } },
    handler: (ctx, { params, body }) =>
      republishVersion(db.prisma, actorRef(actorOf(ctx.state)), params.version, body.note, ctx.state.requestId),
  }),
];
