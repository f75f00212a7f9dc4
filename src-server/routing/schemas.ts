// The routing preview's query: the shared contract (src-shared/contracts/catalog-admin.ts).
export { RoutingPreviewQuerySchema as RoutingPreviewQuery } from '../../src-shared/contracts/catalog-admin';
