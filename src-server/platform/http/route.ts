// Every HTTP route is declared with defineRoute: who may call it, what it accepts (zod), what it answers.
// The same declarations validate requests, register the Koa router and generate /api/openapi.json, so what
// the API documents and what it enforces cannot drift apart.
import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import { Errors, issuesToDetails, type ErrorDetail } from '../errors';
import type { StaffRole } from '../../../src-shared/identity/roles';
import type { UseCaseContext } from '../use-case';
import type { AppState } from './state';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route. There is no default: a route that does not say is refused at registration.
 * - `public`: anyone; `demo`: anyone, but the route exists only in demo mode (404 otherwise);
 * - `resident`: a signed-in resident; `staff`: a signed-in staff member with one of `roles`;
 * - `signedIn`: any signed-in resident or staff member;
 * - `anyone`: anyone, and a bearer token, when sent, makes the caller known (the assistant answers a signed-in
 *   resident about their own cases); a token that is no longer valid is refused, as on any route.
 * Roles are checked here; which records within their scope a caller may touch is the use case's business
 * (through identity/policies.ts), and a record outside it answers 404.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'demo' }
  | { kind: 'resident' }
  | { kind: 'staff'; roles: StaffRole[] }
  | { kind: 'signedIn' }
  | { kind: 'anyone' };
export const anyone: Access = { kind: 'anyone' };
export const publicAccess: Access = { kind: 'public' };
export const demoOnly: Access = { kind: 'demo' };
export const residentOnly: Access = { kind: 'resident' };
export const signedIn: Access = { kind: 'signedIn' };
export const staffOnly = (...roles: StaffRole[]): Access => ({ kind: 'staff', roles });

/** A request counter shared by all instances: at most `limit` requests per `windowSeconds` per key. */
export interface RateLimitRule {
  name: string;
  /** What one counter counts: the client address, the signed-in account, or a body field (e.g. a username). */
  by: 'ip' | 'actor' | { bodyField: string };
  limit: number;
  windowSeconds: number;
}

/**
 * One answer of a route. A JSON answer names its schema; a file names its content type (`file: true`); only a
 * 204 (and a 304 to a conditional request) has no body. A route without its answers described is refused at registration, so the OpenAPI document
 * describes every answer.
 */
export type ResponseSpec =
  | { description: string; schema: z.ZodType; contentType?: string; /** File types the same answer may come as instead (e.g. ?format=xlsx). */ alsoAs?: string[] }
  | { description: string; file: true; contentType: string; /** Other types the same answer may have (e.g. PNG or PDF). */ alsoAs?: string[] }
  | { description: string; empty: true };

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
  rateLimits?: RateLimitRule[];
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  responses: Record<number, ResponseSpec>;
  /**
   * Answers the request; a returned value becomes the body (status 200, or 201 for a route whose only successful
   * answer is a 201, unless the handler set one). The use
   * case context of the request is `ctx.state.useCase`.
   */
  handler: (ctx: Context & { state: AppState }, input: RouteInput<P, Q, B>) => Promise<unknown> | unknown;
}

/** Identity function that lets TypeScript infer the handler's input types from the schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  def: RouteDef<P, Q, B>,
): RouteDef {
  return def as RouteDef;
}

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store and no person types. */
function nulFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulFields(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nulFields(v, [...path, k]));
  return [];
}

/** JSON writes a NUL as \u0000: one native pass rules out nearly every request before the walk above. */
const mayHoldNul = (parsedJson: unknown) => parsedJson !== undefined && JSON.stringify(parsedJson).includes('\\u0000');

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, part: string, details: ErrorDetail[]): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  details.push(...issuesToDetails(result.error.issues, part === 'body' ? undefined : part));
  return undefined as T;
}

function validateInput(def: RouteDef) {
  return async (ctx: Context, next: Next) => {
    const body = (ctx.request as { body?: unknown }).body;
    const details: ErrorDetail[] = [...(mayHoldNul(ctx.query) ? nulFields(ctx.query, ['query']) : []), ...(mayHoldNul(body) ? nulFields(body) : [])].map((field) => ({
      field,
      message: '包含无法识别的字符，请删除后重新输入',
    }));
    if (details.length > 0) throw Errors.invalidInput(details);
    const input: RouteInput<unknown, unknown, unknown> = {
      params: parsePart(def.params, ctx.params, 'params', details),
      query: parsePart(def.query, { ...ctx.query }, 'query', details),
      body: parsePart(def.body, body, 'body', details),
    };
    if (details.length > 0) throw Errors.invalidInput(details);
    ctx.state.input = input;
    await next();
  };
}

/** What the app supplies: the access check (identity), the rate limiter, and the use case context of a request. */
export interface RouterDeps {
  authorize: (ctx: Context, access: Access) => Promise<void>;
  rateLimit: (ctx: Context, rules: RateLimitRule[]) => Promise<void>;
  useCaseContext: (ctx: Context & { state: AppState }) => UseCaseContext;
  /** Check every JSON answer against its declared schema (tests): a mismatch is a 500, loudly. */
  checkResponses?: boolean;
}

/** Why a route cannot be registered, or null: every route says who may call it and describes its answers. */
export function routeProblem(def: RouteDef): string | null {
  const key = `${def.method.toUpperCase()} ${def.path}`;
  if (!def.access) return `Route ${key} declares no access rule; every route must say who may call it.`;
  const answers = Object.entries(def.responses ?? {});
  if (!answers.some(([status]) => Number(status) < 300)) return `Route ${key} declares no successful response.`;
  for (const [status, spec] of answers) {
    if (!('schema' in spec) && !('file' in spec) && !('empty' in spec)) {
      return `Route ${key} does not describe its ${status} answer; give it a schema (or file/empty).`;
    }
    if ('empty' in spec && status !== '204' && status !== '304') return `Route ${key}: only a 204 or 304 answer may have no body.`;
  }
  return null;
}

function checkResponse(def: RouteDef, status: number, body: unknown) {
  const spec = def.responses[status];
  if (!spec) throw new Error(`${def.method.toUpperCase()} ${def.path} answered ${status}, which it does not declare`);
  if (!('schema' in spec)) return;
  const result = spec.schema.safeParse(body);
  if (!result.success) {
    throw new Error(`${def.method.toUpperCase()} ${def.path} answered ${status} outside its schema: ${z.prettifyError(result.error)}`);
  }
}

/** Registers the declared routes on a new router; refuses a route without an access rule or described answers. */
export function buildRouter(routes: RouteDef[], deps: RouterDeps): Router {
  const router = new Router();
  const seen = new Set<string>();
  for (const def of routes) {
    const key = `${def.method.toUpperCase()} ${def.path}`;
    const problem = routeProblem(def);
    if (problem) throw new Error(problem);
    if (seen.has(key)) throw new Error(`Route ${key} is declared twice.`);
    seen.add(key);
    const guard = async (ctx: Context, next: Next) => {
      // Who may call (this also resolves the caller), then how often, then what they sent.
      await deps.authorize(ctx, def.access);
      if (def.rateLimits?.length) await deps.rateLimit(ctx, def.rateLimits);
      await next();
    };
    // A route that creates (its only successful answer is 201) answers 201 without each handler setting it.
    const successes = Object.keys(def.responses).map(Number).filter((status) => status < 300);
    const creates = successes.length === 1 && successes[0] === 201;
    router[def.method](def.path, guard, validateInput(def), async (ctx) => {
      const appCtx = ctx as Context & { state: AppState };
      appCtx.state.useCase = deps.useCaseContext(appCtx);
      const result = await def.handler(appCtx, ctx.state.input);
      if (result !== undefined) {
        const statusSet = ctx.status !== 404; // Koa's status until a handler sets one or a body
        ctx.body = result;
        if (creates && !statusSet) ctx.status = 201;
      }
      else if (ctx.body === undefined && ctx.status === 404) ctx.status = 204;
      if (deps.checkResponses && !Buffer.isBuffer(ctx.body)) checkResponse(def, ctx.status, ctx.body);
    });
  }
  return router;
}
