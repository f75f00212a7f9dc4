// Checks authored catalog files: shape (zod), publishing rules, uniqueness across files, and the figures.
// Usage: npx tsx scripts/check-catalog-source.ts [files…]   (default: every department file in prisma/data/catalog)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DepartmentSourceSchema, type DepartmentSource } from '../src-shared/contracts/catalog-source';
import { checkDepartment, figures } from '../src-shared/catalog/source-rules';

const dir = path.join(__dirname, '..', 'prisma', 'data', 'catalog');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'counties.json')
      .map((f) => path.join(dir, f));

let failed = false;
const report = (line: string) => {
  failed = true;
  console.log(line);
};
const departments: DepartmentSource[] = [];
for (const file of files) {
  const parsed = DepartmentSourceSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  const name = path.basename(file);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 40)) report(`${name}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  departments.push(parsed.data);
  for (const p of checkDepartment(parsed.data)) report(`${name}: ${p.key}: [${p.rule}] ${p.message}`);
  const f = figures([parsed.data]);
  console.log(
    `${name} ${parsed.data.shortName}: ${f.total.matters} 项；掌上办 ${f.handheld.matters}，乡镇 ${f.township.matters}，村级 ${f.village.matters}`,
  );
}
const owners = new Map<string, string>();
for (const d of departments) {
  for (const id of [`部门代码 ${d.code}`, ...d.matters.flatMap((m) => [`key ${m.key}`, `编码 ${m.itemCode}`, `基本编码+名称 ${m.baseCode}/${m.name}`])]) {
    if (owners.has(id) && owners.get(id) !== d.code) report(`${id} 在 ${owners.get(id)} 与 ${d.code} 中重复`);
    owners.set(id, d.code);
  }
}
const all = figures(departments);
console.log(
  `合计：${all.total.matters} 项（${all.total.departments} 个部门）；掌上办 ${all.handheld.matters} 项/${all.handheld.departments} 个部门；` +
    `乡镇 ${all.township.matters}/${all.township.departments}；村级 ${all.village.matters}/${all.village.departments}`,
);
process.exit(failed ? 1 : 0);
