import { z } from 'zod';
import { RegionCodeSchema } from '../../src-shared/contracts/places';

export const ListRegionsQuery = z.object({
  parent: RegionCodeSchema.optional().describe('上级区划代码；不传则返回市级'),
});

export const RegionParams = z.object({ code: RegionCodeSchema });
