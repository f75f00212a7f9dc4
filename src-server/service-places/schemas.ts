// Requests of the service-place routes: the shared contracts (src-shared/contracts/service-places.ts).
import { z } from 'zod';
import {
  CountyQuerySchema, DepartmentContactUpdateSchema, TownshipCentreUpdateSchema, VillageStationUpdateSchema,
} from '../../src-shared/contracts/service-places';

export const CountyQuery = CountyQuerySchema;
export const TownshipParams = z.object({ code: z.string().regex(/^\d{9}$/, { error: '乡镇（街道）代码应为 9 位数字' }) });
export const VillageParams = z.object({ code: z.string().regex(/^\d{12}$/, { error: '村（社区）代码应为 12 位数字' }) });
export const DepartmentContactParams = z.object({
  county: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }),
  department: z.string().regex(/^[a-z]{2,6}$/, { error: '部门代码格式不正确' }),
});
export const CentreBody = TownshipCentreUpdateSchema;
export const StationBody = VillageStationUpdateSchema;
export const DepartmentContactBody = DepartmentContactUpdateSchema;
