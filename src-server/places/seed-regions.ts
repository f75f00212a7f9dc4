// Loads the committed divisions file into the region table. Idempotent: new codes are added and renamed
// regions updated, so every start (and every instance) can run it.
import type { UseCaseContext } from '../platform/use-case';
import { readRegionsFile, regionRows, type RegionsFile } from './regions-file';

export async function seedRegions({ db }: UseCaseContext, file: RegionsFile = readRegionsFile()): Promise<number> {
  const rows = regionRows(file);
  // One statement: foreign keys to parents are checked at its end, so order within it does not matter.
  // The rows travel as one JSON parameter, which both the embedded and the server driver pass unchanged.
  await db.$executeRaw`
    INSERT INTO region (code, name, level, parent_code)
    SELECT r.code, r.name, r.level::"RegionLevel", r."parentCode"
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS r(code varchar, name varchar, level text, "parentCode" varchar)
    ON CONFLICT (code) DO UPDATE
      SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code
      WHERE (region.name, region.level, region.parent_code) IS DISTINCT FROM
            (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code)`;
  return rows.length;
}
