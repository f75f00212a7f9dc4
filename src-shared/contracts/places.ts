// Contracts for administrative divisions, shared by the server and the mini-program.
import { z } from 'zod';

export const RegionLevelSchema = z.enum(['city', 'county', 'township', 'village']);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** GB/T 2260 code extended by the statistics bureau: city 4, county 6, township 9, village 12 digits. */
export const RegionCodeSchema = z
  .string()
  .regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$/, { error: '地区代码应为 4、6、9 或 12 位数字' });

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: z.string(),
  level: RegionLevelSchema,
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionListSchema = z.array(RegionSchema);

export const RegionDetailSchema = RegionSchema.extend({
  parentCode: RegionCodeSchema.nullable(),
  /** From the city down to the region itself. */
  path: z.array(RegionSchema),
  childCount: z.number().int(),
});
export type RegionDetail = z.infer<typeof RegionDetailSchema>;
