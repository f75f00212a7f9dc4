// The compact committed divisions file written by scripts/extract-regions.ts and read by the seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Pair = z.tuple([z.string().regex(/^\d{12}$/), z.string().min(1)]);
const Township = z.tuple([z.string().regex(/^\d{9}$/), z.string().min(1), z.array(Pair)]);
const County = z.tuple([z.string().regex(/^\d{6}$/), z.string().min(1), z.array(Township)]);

export const RegionsFileSchema = z.object({
  source: z.string(),
  city: z.object({ code: z.string().regex(/^\d{4}$/), name: z.string().min(1) }),
  counties: z.array(County),
});
export type RegionsFile = z.infer<typeof RegionsFileSchema>;
export type RegionsFileCounty = z.infer<typeof County>;

export type RegionLevel = 'city' | 'county' | 'township' | 'village';
export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export const defaultRegionsFile = path.join(__dirname, '..', '..', 'prisma', 'data', 'regions-4105.json');

export function readRegionsFile(file = defaultRegionsFile): RegionsFile {
  return RegionsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Flattens the tree into rows, parents before children. */
export function regionRows(file: RegionsFile): RegionRow[] {
  const rows: RegionRow[] = [{ code: file.city.code, name: file.city.name, level: 'city', parentCode: null }];
  for (const [countyCode, countyName, townships] of file.counties) {
    rows.push({ code: countyCode, name: countyName, level: 'county', parentCode: file.city.code });
    for (const [townshipCode, townshipName, villages] of townships) {
      rows.push({ code: townshipCode, name: townshipName, level: 'township', parentCode: countyCode });
      for (const [villageCode, villageName] of villages) {
        rows.push({ code: villageCode, name: villageName, level: 'village', parentCode: townshipCode });
      }
    }
  }
  return rows;
}
