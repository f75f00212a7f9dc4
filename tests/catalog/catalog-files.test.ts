// The committed Anyang catalog, as authored: complete, consistent, and meeting the reform's figures.
import { readCounties, readDepartmentSources } from '../../src-server/catalog/catalog-files';
import { checkDepartment, figures } from '../../src-shared/catalog/source-rules';
import { mustInclude } from './must-include';

const departments = readDepartmentSources();

it('has 216 handheld matters from 27 departments, 237 township matters from 13 (the report: 249), 44 village matters from 15', () => {
  const f = figures(departments);
  expect({ handheld: f.handheld, township: f.township, village: f.village }).toEqual({
    handheld: { matters: 216, departments: 27 },
    township: { matters: 237, departments: 13 },
    village: { matters: 44, departments: 15 },
  });
});

it('passes the publishing rules in every department file', () => {
  expect(departments.flatMap((d) => checkDepartment(d).map((p) => `${d.code}/${p.key}: ${p.message}`))).toEqual([]);
});

it('uses every matter key and code once across the whole catalog', () => {
  const keys = departments.flatMap((d) => d.matters.map((m) => m.key));
  const codes = departments.flatMap((d) => d.matters.map((m) => m.itemCode));
  expect(keys.length).toBe(new Set(keys).size);
  expect(codes.length).toBe(new Set(codes).size);
});

it.each(mustInclude)('includes the must-have matter of %s matching %p as its own entry', (code, pattern) => {
  const names = departments.find((d) => d.code === code)?.matters.map((m) => m.name) ?? [];
  expect(names.filter((name) => pattern.test(name))).not.toEqual([]);
});

it('gives every county a service centre, with its address and no invented phone', () => {
  expect(readCounties().counties.map((c) => c.code)).toEqual([
    '410502', '410503', '410505', '410506', '410522', '410523', '410526', '410527', '410571', '410581',
  ]);
  // Phones are entered per county and department by the county admin (department_contact), none is committed.
  expect(JSON.stringify(readCounties())).not.toMatch(/0372-\d{7}/);
  expect(readCounties().supervisePhone).toBe('12345');
});
