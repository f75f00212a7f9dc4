import { z } from 'zod';
import { defineRoute, publicAccess, type RouteDef } from '../platform/http/route';
import { buildOpenApiDocument } from '../platform/http/openapi';
import type { Services } from '../services';
import { checkReadiness } from './readiness';

const HealthSchema = z.object({ status: z.literal('ok') });
/** The document's outline; its paths are described by the OpenAPI 3.0 specification itself. */
const OpenApiDocumentSchema = z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string() }), paths: z.record(z.string(), z.unknown()) });
const ReadySchema = z.object({ status: z.enum(['ready', 'not_ready']), checks: z.record(z.string(), z.string()) });

export const opsRoutes = (services: Services, allRoutes: () => RouteDef[]) => {
  let openApiDocument: unknown;
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      summary: '进程存活',
      tags: ['ops'],
      access: publicAccess,
      responses: { 200: { description: '进程在运行', schema: HealthSchema } },
      handler: () => ({ status: 'ok' }),
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      summary: '可以接收流量（数据库可达、迁移已应用、各模块已就绪）',
      tags: ['ops'],
      access: publicAccess,
      responses: {
        200: { description: '就绪', schema: ReadySchema },
        503: { description: '未就绪，checks 说明原因', schema: ReadySchema },
      },
      handler: async (ctx) => {
        const report = await checkReadiness(services.readiness);
        ctx.status = report.ready ? 200 : 503;
        return { status: report.ready ? 'ready' : 'not_ready', checks: report.checks };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      summary: '本 API 的 OpenAPI 3 文档（由校验请求的 zod 模式生成）',
      tags: ['ops'],
      access: publicAccess,
      responses: { 200: { description: 'OpenAPI 3.0 文档', schema: OpenApiDocumentSchema } },
      handler: () => (openApiDocument ??= buildOpenApiDocument(allRoutes(), { title: '掌上办 API', version: '1' })),
    }),
  ];
};
