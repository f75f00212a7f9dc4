// Makes sure every township has its centre record and every village its station row. Only missing rows are
// added: what a county admin entered or changed is never overwritten. Centres start with no contacts (not known);
// station rows start as the documented rule in station-rule.ts makes them, flagged seededByRule.
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { audit } from '../platform/audit';
import { readRegionsFile, type RegionsFile } from '../places/regions-file';
import { seededStations } from './station-rule';

export async function seedServicePlaces(ctx: UseCaseContext, file: RegionsFile = readRegionsFile()) {
  const centres = file.counties.flatMap(([countyCode, , towns]) => towns.map(([townshipCode]) => ({ townshipCode, countyCode })));
  const stations = seededStations(file);
  await inTransaction(ctx, async (tx) => {
    const c = await tx.db.townshipCentre.createMany({ data: centres, skipDuplicates: true });
    let s = 0;
    for (let i = 0; i < stations.length; i += 1000) {
      s += (await tx.db.villageStation.createMany({ data: stations.slice(i, i + 1000), skipDuplicates: true })).count;
    }
    if (c.count + s > 0) await audit(tx, { action: 'service_places.seed', details: { centres: c.count, stations: s } });
  }, { timeout: 60_000 });
  return { centres: centres.length, stations: stations.filter((s) => s.hasStation).length, villages: stations.length };
}
