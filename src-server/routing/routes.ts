import { RoutingPreviewSchema } from '../../src-shared/contracts/catalog-admin';
import { defineRoute, publicAccess } from '../platform/http/route';
import { previewRoute } from './preview-route';
import { RoutingPreviewQuery } from './schemas';

export const routingRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/routing/preview', summary: '某事项在某地某日会进入哪个办理队列，及原因', tags: ['routing'],
    access: publicAccess, query: RoutingPreviewQuery, responses: { 200: { description: '队列与原因', schema: RoutingPreviewSchema } },
    handler: ({ state }, { query }) => previewRoute(state.useCase, query),
  }),
];
