// The committed Anyang catalog: one authored file per department (prisma/data/catalog/<code>.json) and the
// county service centres (counties.json), read and validated by the seed and by tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DepartmentSourceSchema, type DepartmentSource } from '../../src-shared/contracts/catalog-source';

export const catalogDir = path.join(__dirname, '..', '..', 'prisma', 'data', 'catalog');

export const CountiesFileSchema = z.object({
  hours: z.string().min(1),
  /** 监督投诉电话: the 12345 政务服务便民热线 (no county-specific number is sourced). */
  supervisePhone: z.literal('12345'),
  counties: z.array(
    z.object({
      code: z.string().regex(/^\d{6}$/),
      name: z.string().min(1),
      center: z.string().min(1),
      address: z.string().min(1),
      transit: z.string().min(1),
      // No phone here: a department's 咨询电话 is entered per county by the county admin (department_contact).
    }).strict(),
  ),
});
export type CountiesFile = z.infer<typeof CountiesFileSchema>;

export function readCounties(dir = catalogDir): CountiesFile {
  return CountiesFileSchema.parse(JSON.parse(readFileSync(path.join(dir, 'counties.json'), 'utf8')));
}

export function readDepartmentSources(dir = catalogDir): DepartmentSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'counties.json')
    .sort()
    .map((f) => {
      const parsed = DepartmentSourceSchema.safeParse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
