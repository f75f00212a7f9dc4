// The seeding rule of the village station list (村（社区）便民服务站). The reform report counts 2,744 stations
// for the 3,287 village-level units of the divisions table, but no source says which villages share one. Until a
// county admin confirms its list, it is derived by this deterministic rule, and every row is flagged
// seededByRule:
//   1. The 543 villages without their own station are shared among the counties in proportion to their
//      villages (largest remainder).
//   2. Within a county, townships in code order give up, in turn, their 2nd village (by code), then their 4th,
//      6th … (one per township per round) until the county's share is reached: a township never loses its
//      first village's station, and two neighbouring villages never both lose theirs.
//   3. A village without a station is served by the station of the village just before it in code order
//      (same township), which by rule 2 always has its own.
import type { RegionsFile } from '../places/regions-file';

/** 村（社区）便民服务站 in the reform report. */
export const REPORTED_STATIONS = 2744;

export interface SeededStation {
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  hasStation: boolean;
  servedBy: string;
}

export function seededStations(file: RegionsFile, stations = REPORTED_STATIONS): SeededStation[] {
  const villages = file.counties.reduce((n, [, , towns]) => n + towns.reduce((m, [, , vs]) => m + vs.length, 0), 0);
  const without = Math.max(0, villages - stations);
  // Rule 1: largest remainder, ties to the smaller county code.
  const shares = file.counties.map(([code, , towns]) => {
    const exact = (without * towns.reduce((m, [, , vs]) => m + vs.length, 0)) / villages;
    return { code, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = without - shares.reduce((n, s) => n + s.n, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest || a.code.localeCompare(b.code))) {
    if (left-- <= 0) break;
    s.n += 1;
  }
  const rows: SeededStation[] = [];
  for (const [countyCode, , towns] of file.counties) {
    const sorted = towns.map(([t, , vs]) => ({ t, codes: vs.map(([v]) => v).sort() })).sort((a, b) => a.t.localeCompare(b.t));
    const off = new Set<string>();
    let quota = shares.find((s) => s.code === countyCode)?.n ?? 0;
    // Rule 2: rounds over the townships, index 1, 3, 5 … of each.
    for (let i = 1; quota > 0 && sorted.some((s) => s.codes.length > i); i += 2) {
      for (const s of sorted) {
        if (quota === 0) break;
        if (s.codes.length > i) {
          off.add(s.codes[i]);
          quota -= 1;
        }
      }
    }
    for (const { t, codes } of sorted) {
      codes.forEach((v, i) => {
        const has = !off.has(v);
        // Rule 3: the previous village, which kept its station.
        rows.push({ villageCode: v, townshipCode: t, countyCode, hasStation: has, servedBy: has ? v : codes[i - 1] });
      });
    }
  }
  return rows;
}
