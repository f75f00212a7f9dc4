// Generates the OpenAPI 3 document from the same route declarations (and zod schemas) that validate requests.
import { z } from 'zod';
import { ErrorBodySchema } from '../../../src-shared/contracts/common';
import type { ResponseSpec, RouteDef } from './route';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const binary = { schema: { type: 'string', format: 'binary' } };

function contentOf(spec: ResponseSpec): Record<string, unknown> | undefined {
  if ('schema' in spec) {
    const files = Object.fromEntries((spec.alsoAs ?? []).map((type) => [type, binary]));
    return { [spec.contentType ?? 'application/json']: { schema: toSchema(spec.schema, 'output') }, ...files };
  }
  if ('file' in spec) return Object.fromEntries([spec.contentType, ...(spec.alsoAs ?? [])].map((type) => [type, binary]));
  return undefined;
}

/** Koa `/api/matters/:id` → OpenAPI `/api/matters/{id}`. */
const openApiPath = (koaPath: string) => koaPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

export function buildOpenApiDocument(routes: RouteDef[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(def.responses)) {
      responses[status] = {
        description: spec.description,
        ...(contentOf(spec) ? { content: contentOf(spec) } : {}),
      };
    }
    responses.default = {
      description: '错误（统一格式）',
      content: { 'application/json': { schema: toSchema(ErrorBodySchema, 'output') } },
    };
    (paths[openApiPath(def.path)] ??= {})[def.method] = {
      summary: def.summary,
      tags: def.tags,
      'x-access': def.access,
      parameters: [...parameters(def.params, 'path'), ...parameters(def.query, 'query')],
      ...(def.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(def.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.0.3',
    info: { ...info, description: '掌上办 HTTP API。错误统一为 {error:{code,message,details?,requestId}}。' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: '不透明令牌' } },
    },
    paths,
  };
}
