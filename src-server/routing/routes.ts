import { defineRoute, publicAccess } from '../platform/http/route';
import type { Services } from '../services';
import { describeRoute, routeFor } from './preview-route';
import { RoutingPreviewQuery } from './schemas';

export const routingRoutes = ({ db }: Services) => [
  defineRoute({
    method: 'get', path: '/api/routing/preview', summary: '某事项在某地某日会进入哪个办理队列，及原因', tags: ['routing'],
    access: publicAccess, query: RoutingPreviewQuery, responses: { 200: { description: '队列与原因' } },
    handler: async (_ctx, { query }) => {
      const { decision, matterName } = await routeFor(db.prisma, query);
      return describeRoute(db.prisma, decision, matterName);
    },
  }),
];
