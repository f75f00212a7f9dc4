// The Koa application, apart from the process: tests drive `createApp(services).callback()` with no port.
import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import cors from '@koa/cors';
import helmet from 'koa-helmet';
import { installChineseMessages } from '../src-shared/validation/messages';
import { Errors } from './platform/errors';
import { errorHandler } from './platform/http/error-handler';
import { requestContext } from './platform/http/request-context';
import { buildRouter, type RouteDef } from './platform/http/route';
import { serveH5 } from './platform/http/static-h5';
import { opsRoutes } from './ops/routes';
import { placesRoutes } from './places/routes';
import { identityRoutes } from './identity/routes';
import { catalogRoutes } from './catalog/routes';
import { servicePlaceRoutes } from './service-places/routes';
import { delegationRoutes } from './delegations/routes';
import { routingRoutes } from './routing/routes';
import { applicationRoutes } from './applications/routes';
import { queueRoutes } from './queues/routes';
import { uploadRoutes } from './uploads/routes';
import { ratingRoutes } from './ratings/routes';
import { complaintRoutes } from './complaints/routes';
import { statsRoutes } from './stats/routes';
import { searchRoutes } from './search/routes';
import { assistantRoutes } from './assistant/routes';
import { wechatPushRoutes } from './assistant/wechat/routes';
import { notificationRoutes } from './notifications/routes';
import { sendCustomerText } from './assistant/wechat/customer-messages';
import { answerWechatMessage } from './assistant/answer-wechat-message';
import { authorizer } from './identity/authorize';
import { rateLimiter } from './platform/http/rate-limit';
import { selfParsedPaths } from './platform/http/request-body';
import type { Services } from './services';

/** Every route of the app, in one list: the router, the OpenAPI document and the tests all read it. */
export function appRoutes(services: Services): RouteDef[] {
  const routes: RouteDef[] = [
    ...opsRoutes(services, () => routes),
    ...placesRoutes(),
    ...identityRoutes(services),
    ...catalogRoutes(services.published),
    ...searchRoutes(services.published, services.search),
    ...delegationRoutes(),
    ...servicePlaceRoutes(),
    ...routingRoutes(),
    ...applicationRoutes(),
    ...queueRoutes(),
    ...uploadRoutes(),
    ...ratingRoutes(),
    ...complaintRoutes(),
    ...statsRoutes(),
    ...assistantRoutes(services.assistant, sendCustomerText),
    ...wechatPushRoutes(services, (ctx, input) => answerWechatMessage(ctx, input, services.assistant)),
    ...notificationRoutes(),
  ];
  return routes;
}

/** The app with its middleware around `routes` (all of the app's by default; tests may pass their own). */
export function createApp(services: Services, routes: RouteDef[] = appRoutes(services)): Koa {
  installChineseMessages();
  const app = new Koa({ proxy: services.config.trustProxy });
  const router = buildRouter(routes, {
    authorize: authorizer(services),
    rateLimit: rateLimiter(services.db, services.config.rateLimits, services.clock),
    useCaseContext: (ctx) => services.context(ctx.state.actor ?? null, ctx.state.requestId, ctx.state.log),
    checkResponses: services.config.env === 'test',
  });

  app.use(requestContext(services.logger));
  app.use(errorHandler());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Taro's H5 runtime sets inline styles; no inline scripts are allowed.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Closed by default: only origins listed in CORS_ORIGINS may call the API from a browser.
  if (services.config.corsOrigins.length > 0) {
    const allowed = new Set(services.config.corsOrigins);
    app.use(cors({ origin: (ctx) => (allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'] }));
  }
  const jsonBody = bodyParser({
      enableTypes: ['json'],
      jsonLimit: '1mb',
      encoding: 'utf-8',
      onError: (err) => {
        throw (err as { status?: number }).status === 413 ? Errors.payloadTooLarge() : Errors.malformedBody();
      },
    });
  // Routes that take files or large documents read their own bodies.
  app.use((ctx, next) => (selfParsedPaths.has(ctx.path) ? next() : jsonBody(ctx, next)));
  app.use(router.routes());
  app.use(async (ctx, next) => {
    // The router leaves `matched` set when the path exists under another method.
    if ((ctx as { matched?: unknown[] }).matched?.length) throw Errors.methodNotAllowed();
    if (/^\/(api|wechat)(\/|$)/.test(ctx.path)) throw Errors.notFound('没有这个接口');
    await next();
  });
  app.use(serveH5(services.config.h5Dir));
  app.on('error', (err) => services.logger.error({ err }, 'koa error'));
  return app;
}
