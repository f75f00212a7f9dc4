// The reference data every start makes sure of: the divisions and the committed catalog (with the seeded
// delegation lists and version 1). Each is loaded only when its files or its loading code changed since the
// last start, which keeps a warm start quick.
import path from 'node:path';
import { catalogDir } from './catalog/catalog-files';
import { seedCatalog } from './catalog/seed-catalog';
import { defaultRegionsFile } from './places/regions-file';
import { seedRegions } from './places/seed-regions';
import { seedQueues } from './queues/seed-queues';
import { seedServicePlaces } from './service-places/seed-service-places';
import { paths } from './platform/config';
import { contentHash, seedOnce } from './platform/seed-once';
import type { UseCaseContext } from './platform/use-case';

const code = (...parts: string[]) => path.join(paths.root, 'src-server', ...parts);

export async function loadReferenceData(ctx: UseCaseContext) {
  const regions = await seedOnce(ctx, 'regions', contentHash([defaultRegionsFile, code('places', 'seed-regions.ts')]), () =>
    seedRegions(ctx),
  );
  const catalog = await seedOnce(
    ctx,
    'catalog',
    contentHash([catalogDir, code('catalog', 'seed-catalog.ts'), code('delegations', 'seed-delegations.ts')]),
    () => seedCatalog(ctx),
  );
  // Every village, township, county department and city department that can receive a case gets its queue.
  const queues = await seedOnce(
    ctx,
    'queues',
    contentHash([defaultRegionsFile, catalogDir, code('queues', 'seed-queues.ts'), code('queues', 'queue-names.ts')]),
    () => seedQueues(ctx),
  );
  // Township centre records and the village station list: missing rows only, never over an admin's edit.
  const servicePlaces = await seedOnce(
    ctx,
    'service-places',
    contentHash([defaultRegionsFile, code('service-places', 'seed-service-places.ts'), code('service-places', 'station-rule.ts')]),
    () => seedServicePlaces(ctx),
  );
  return { regions, catalog, queues, servicePlaces };
}
