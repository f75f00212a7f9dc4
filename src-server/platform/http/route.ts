// Every HTTP route is declared with defineRoute: who may call it, what it accepts (zod), what it answers.
// The same declarations validate requests, register the Koa router and generate /api/openapi.json, so what
// the API documents and what it enforces cannot drift apart.
import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import { Errors, type ErrorDetail } from '../errors';
import type { AppState } from './state';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route. There is no default: a route that does not say is refused at registration.
 * `public` is open to anyone; the identity module adds roles and scopes.
 */
export type Access = { kind: 'public' };
export const publicAccess: Access = { kind: 'public' };

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  method: HttpMethod;
  /** Koa router path, e.g. `/api/matters/:id`. */
  path: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  responses: Record<number, ResponseSpec>;
  /** Answers the request; a returned value becomes the JSON body (status 200 unless the handler set one). */
  handler: (ctx: Context & { state: AppState }, input: RouteInput<P, Q, B>) => Promise<unknown> | unknown;
}

/** Identity function that lets TypeScript infer the handler's input types from the schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  def: RouteDef<P, Q, B>,
): RouteDef {
  return def as RouteDef;
}

/** Turns zod issues into the contract's `details`, one entry per field. */
export function issuesToDetails(issues: z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, part: string, details: ErrorDetail[]): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  details.push(...issuesToDetails(result.error.issues, part === 'body' ? undefined : part));
  return undefined as T;
}

function validateInput(def: RouteDef) {
  return async (ctx: Context, next: Next) => {
    const details: ErrorDetail[] = [];
    const input: RouteInput<unknown, unknown, unknown> = {
      params: parsePart(def.params, ctx.params, 'params', details),
      query: parsePart(def.query, { ...ctx.query }, 'query', details),
      body: parsePart(def.body, (ctx.request as { body?: unknown }).body, 'body', details),
    };
    if (details.length > 0) throw Errors.invalidInput(details);
    ctx.state.input = input;
    await next();
  };
}

/** Registers the declared routes on a new router; refuses a route without an access rule. */
export function buildRouter(routes: RouteDef[]): Router {
  const router = new Router();
  const seen = new Set<string>();
  for (const def of routes) {
    const key = `${def.method.toUpperCase()} ${def.path}`;
    if (!def.access) throw new Error(`Route ${key} declares no access rule; every route must say who may call it.`);
    if (seen.has(key)) throw new Error(`Route ${key} is declared twice.`);
    seen.add(key);
    router[def.method](def.path, validateInput(def), async (ctx) => {
      const result = await def.handler(ctx as Context & { state: AppState }, ctx.state.input);
      if (result !== undefined) ctx.body = result;
      else if (ctx.body === undefined && ctx.status === 404) ctx.status = 204;
    });
  }
  return router;
}
