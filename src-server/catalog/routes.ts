import { z } from 'zod';
import {
  CatalogStatsSchema,
  DepartmentSummarySchema,
  GuideSchema,
  MatterSummarySchema,
} from '../../src-shared/contracts/catalog';
import {
  CatalogExportSchema,
  CatalogVersionListSchema,
  DraftPageSchema,
  DraftSchema,
  ImportReportSchema,
  pageOf,
  PublishResultSchema,
  RepublishResultSchema,
  ValidateResultSchema,
  VersionDiffSchema,
} from '../../src-shared/contracts/catalog-admin';
import { ErrorBodySchema } from '../../src-shared/contracts/common';
import { matterStatusOfLabel } from '../../src-shared/catalog/matter-status';
import { defineRoute, publicAccess, staffOnly } from '../platform/http/route';
import { catalogStats } from './catalog-stats';
import { cancelDraft } from './cancel-draft';
import { createDraft } from './create-draft';
import { getDraft } from './get-draft';
import { listDrafts } from './list-drafts';
import { replaceDraft } from './replace-draft';
import { getGuide } from './get-guide';
import { getFormFile } from './get-form-file';
import { listDepartments } from './list-departments';
import { listMatters } from './list-matters';
import { publishCatalog } from './publish-catalog';
import { validateCatalog } from './validate-catalog';
import { listVersions } from './list-versions';
import { republishVersion } from './republish-version';
import {
  ExportQuery,
  TemplateQuery,
  CreateDraftBody,
  DiffParams,
  DraftListQuery,
  FormFileParams,
  FormFileQuery,
  GuideQuery,
  MatterIdParams,
  MatterListQuery,
  PublishBody,
  ReplaceDraftBody,
  VersionParams,
} from './schemas';
import { diffVersions } from './version-diff';
import { jsonErrorText } from '../../src-shared/validation/json-error';
import { catalogTemplate, exportCatalogJson, exportCatalogXlsx } from './export-catalog';
import { importCatalog, type ImportFile } from './import-catalog';
import { readJsonBody, readMultipartFile } from '../platform/http/request-body';
import { limits } from '../platform/http/rate-limit';
import { Errors } from '../platform/errors';
import { notModified } from '../platform/http/conditional';
import type { PublishedCatalog } from './published-catalog';
import { createHash } from 'node:crypto';

const tags = ['catalog'];
const admin = staffOnly('city_admin');
const refused = (description: string) => ({ description, schema: ErrorBodySchema });
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const notModifiedAnswer = { description: '与客户端缓存的版本相同（If-None-Match）', empty: true } as const;

export const catalogRoutes = (published: PublishedCatalog) => [
  defineRoute({
    method: 'get', path: '/api/departments', summary: '有事项的部门', tags, access: publicAccess,
    responses: { 200: { description: '部门及其在用事项数', schema: z.array(DepartmentSummarySchema) }, 304: notModifiedAnswer },
    handler: async (ctx) => {
      const { version } = await published.current();
      if (notModified(ctx, `departments-v${version}`)) return undefined;
      return listDepartments(ctx.state.useCase, published);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/matters', summary: '已发布的事项（可按部门、层级、主题、掌上办筛选）', tags, access: publicAccess,
    query: MatterListQuery,
    responses: { 200: { description: '一页事项', schema: pageOf(MatterSummarySchema).extend({ version: z.number().int() }) }, 304: notModifiedAnswer },
    handler: async (ctx, { query }) => {
      const { version } = await published.current();
      const selection = [query.department, query.level, query.topic, query.online, query.page, query.pageSize].join('|');
      if (notModified(ctx, `matters-v${version}-${createHash('sha1').update(selection).digest('hex').slice(0, 12)}`)) return undefined;
      return listMatters(ctx.state.useCase, query, published);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/matters/:id', summary: '办事指南（当前发布版本，或指定版本）', tags, access: publicAccess,
    params: MatterIdParams, query: GuideQuery, responses: { 200: { description: '办事指南', schema: GuideSchema }, 304: notModifiedAnswer },
    handler: async (ctx, { params, query }) => {
      const guide = await getGuide(ctx.state.useCase, { matterId: params.id, ...query }, published);
      // Phones and places are kept by admins: the tag follows what this answer says, not only the version.
      const placed = JSON.stringify([guide.place, guide.address, guide.hours, guide.phone, guide.placeNote, guide.places.map((p) => p.phone)]);
      const tag = `guide-v${guide.version}-${guide.id}-${createHash('sha1').update(placed).digest('hex').slice(0, 16)}`;
      // Not kept without asking, even at an explicit version: its place and phones follow the admins' records
      // (an unchanged guide costs a 304).
      if (notModified(ctx, tag, { maxAge: 0 })) return undefined;
      return guide;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/matters/:id/forms/:materialId/:kind', summary: '材料的空白表格或填写样表（随目录版本保存）', tags,
    access: publicAccess, params: FormFileParams, query: FormFileQuery,
    responses: { 200: { description: '表格文件（PDF，或管理员上传的图片）', file: true, contentType: 'application/pdf', alsoAs: ['image/png', 'image/jpeg'] }, 304: notModifiedAnswer },
    handler: async (ctx, { params, query }) => {
      const file = await getFormFile(ctx.state.useCase, { matterId: params.id, materialId: params.materialId, kind: params.kind, version: query.version }, published);
      // The bytes are named by their hash: an explicit version never changes, the current one may with the next publication.
      if (notModified(ctx, `form-${file.sha256}`, { immutable: query.version !== undefined, maxAge: 300 })) return undefined;
      ctx.type = file.contentType;
      ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      return file.bytes;
    },
  }),
  defineRoute({
    method: 'get', path: '/api/stats/catalog', summary: '目录数据与改革目标对照', tags, access: publicAccess,
    responses: { 200: { description: '掌上办、乡镇、村级事项数', schema: CatalogStatsSchema } },
    handler: ({ state }) => catalogStats(state.useCase),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/matters', summary: '事项草稿列表', tags, access: admin, query: DraftListQuery,
    responses: { 200: { description: '一页草稿', schema: DraftPageSchema } },
    handler: ({ state }, { query }) => listDrafts(state.useCase, query),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/matters', summary: '新建事项草稿', tags, access: admin, body: CreateDraftBody,
    responses: { 201: { description: '已创建', schema: DraftSchema } },
    handler: (ctx, { body }) => createDraft(ctx.state.useCase, body),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/matters/:id', summary: '事项草稿', tags, access: admin, params: MatterIdParams,
    responses: { 200: { description: '草稿全文', schema: DraftSchema } },
    handler: ({ state }, { params }) => getDraft(state.useCase, params),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/matters/:id', summary: '修改事项草稿（整份指南）', tags, access: admin,
    params: MatterIdParams, body: ReplaceDraftBody, responses: { 200: { description: '已保存', schema: DraftSchema } },
    handler: ({ state }, { params, body }) =>
      replaceDraft(state.useCase, { id: params.id, content: body.content, status: body.status && matterStatusOfLabel(body.status) }),
  }),
  defineRoute({
    method: 'delete', path: '/api/admin/matters/:id', summary: '删除未发布的草稿，或取消已发布的事项', tags, access: admin,
    params: MatterIdParams, responses: { 204: { description: '已删除或取消', empty: true } },
    handler: async (ctx, { params }) => {
      await cancelDraft(ctx.state.useCase, params);
      ctx.status = 204;
    },
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/validate', summary: '按发布规则检查全部草稿', tags, access: admin,
    responses: { 200: { description: '问题列表（空表示可以发布）', schema: ValidateResultSchema } },
    handler: ({ state }) => validateCatalog(state.useCase),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/publish', summary: '发布目录（生成不可修改的新版本）', tags, access: admin,
    body: PublishBody, responses: { 200: { description: '新版本', schema: PublishResultSchema }, 422: refused('未通过发布检查（逐条列出）') },
    handler: async ({ state }, { body }) => {
      const result = await publishCatalog(state.useCase, body);
      await published.refresh();
      return result;
    },
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/import', summary: '导入目录（JSON、XLSX、CSV；全部成功或全部不导入）', tags,
    access: admin, rateLimits: [limits.writePerAccount],
    responses: { 200: { description: '新建、更新、不完整的事项数与逐行报告', schema: ImportReportSchema }, 422: refused('有无法导入的行（附行号）') },
    handler: async (ctx) => {
      const maxBytes = 20 * 1024 * 1024;
      let file: ImportFile;
      if (ctx.is('multipart')) {
        const upload = await readMultipartFile(ctx, 'file', maxBytes);
        const name = upload.filename.toLowerCase();
        const kind = name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : name.endsWith('.json') ? 'json' : null;
        if (!kind) throw Errors.unsupportedMediaType('只支持 .json、.xlsx、.csv 文件');
        if (kind === 'json') {
          const text = upload.bytes.toString('utf8').replace(/^\uFEFF/, '');
          try {
            file = { kind, body: JSON.parse(text) };
          } catch (err) {
            throw Errors.invalidInput([{ field: 'file', message: `${upload.filename}：${jsonErrorText(text, err)}` }], '文件不是有效的 JSON，请修改后重新上传');
          }
        } else file = { kind, bytes: upload.bytes };
      } else if (ctx.is('json')) {
        file = { kind: 'json', body: await readJsonBody(ctx, maxBytes) };
      } else {
        throw Errors.unsupportedMediaType('请上传 .json、.xlsx、.csv 文件，或以 JSON 提交');
      }
      return importCatalog(ctx.state.useCase, { file });
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/export', summary: '导出已发布目录（JSON 或 XLSX）', tags,
    access: staffOnly('city_admin', 'county_admin'), query: ExportQuery,
    responses: { 200: { description: '目录文件（JSON，或 format=xlsx 时为表格）', schema: CatalogExportSchema, alsoAs: [xlsx] } },
    handler: async (ctx, { query }) => {
      if (query.format === 'xlsx') {
        ctx.attachment(`anyang-catalog${query.version ? `-v${query.version}` : ''}.xlsx`);
        ctx.type = xlsx;
        return exportCatalogXlsx(ctx.state.useCase, query);
      }
      ctx.attachment(`anyang-catalog${query.version ? `-v${query.version}` : ''}.json`);
      return exportCatalogJson(ctx.state.useCase, query);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/template', summary: '目录导入模板（XLSX 或 CSV）', tags,
    access: admin, query: TemplateQuery, responses: { 200: { description: '空白模板（XLSX 或 CSV）', file: true, contentType: xlsx } },
    handler: async (ctx, { query }) => {
      ctx.attachment(`catalog-template.${query.format}`);
      ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : xlsx;
      return catalogTemplate(query.format);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/versions', summary: '已发布的目录版本', tags,
    access: staffOnly('city_admin', 'county_admin'), responses: { 200: { description: '版本列表，新的在前', schema: CatalogVersionListSchema } },
    handler: ({ state }) => listVersions(state.useCase),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/catalog/versions/:from/diff/:to', summary: '两个版本之间的变化', tags,
    access: staffOnly('city_admin', 'county_admin'), params: DiffParams, responses: { 200: { description: '新增、删除、修改', schema: VersionDiffSchema } },
    handler: ({ state }, { params }) => diffVersions(state.useCase, params),
  }),
  defineRoute({
    method: 'post', path: '/api/admin/catalog/versions/:version/republish', summary: '重新发布旧版本', tags, access: admin,
    params: VersionParams, body: PublishBody, responses: { 200: { description: '新版本', schema: RepublishResultSchema } },
    handler: async ({ state }, { params, body }) => {
      const result = await republishVersion(state.useCase, { source: params.version, note: body.note });
      await published.refresh();
      return result;
    },
  }),
];
