// Contracts of the service places a county admin keeps: township centres (乡镇/街道党政综合便民服务中心), the
// village station list (村（社区）便民服务站: which villages have one, which station serves the others) and each
// county department's 咨询电话. Nothing here is seeded with invented contacts: null means 暂未登记.
import { z } from 'zod';

/** A phone a resident can dial: 0372-xxxxxxx (with extension), a mobile number, a 5-digit service line or 400. */
export const ContactPhoneSchema = z
  .string()
  .trim()
  .regex(/^(0\d{2,3}-\d{7,8}(-\d{1,6})?|1\d{10}|\d{5}|400-\d{3}-\d{4})$/, {
    error: '电话格式应为 0372-1234567、11 位手机号、5 位服务热线或 400-123-4567',
  });

const optionalText = (max: number, what: string) =>
  z.string().trim().min(2, { error: `${what}太短` }).max(max, { error: `${what}不超过 ${max} 字` }).nullable();

/** Body of `PUT /api/admin/service-places/townships/:code`: null clears a field back to 暂未登记. */
export const TownshipCentreUpdateSchema = z.object({
  address: optionalText(200, '地址'),
  hours: optionalText(200, '办公时间'),
  phone: ContactPhoneSchema.nullable(),
});
export type TownshipCentreUpdate = z.infer<typeof TownshipCentreUpdateSchema>;

export const TownshipCentreSchema = z.object({
  townshipCode: z.string(),
  townshipName: z.string(),
  countyCode: z.string(),
  /** `<乡镇（街道）>党政综合便民服务中心` */
  name: z.string(),
  address: z.string().nullable(),
  hours: z.string().nullable(),
  phone: z.string().nullable(),
  /** false while none of address, hours and phone has been entered by a county admin. */
  entered: z.boolean(),
  villages: z.number().int(),
  stations: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TownshipCentre = z.infer<typeof TownshipCentreSchema>;
export const TownshipCentreListSchema = z.array(TownshipCentreSchema);

/** Body of `PUT /api/admin/service-places/stations/:code` (a village or community code). */
export const VillageStationUpdateSchema = z.object({
  hasStation: z.boolean(),
  /** Required when hasStation is false: the village (same township) whose station serves this one. */
  servedBy: z.string().regex(/^\d{12}$/, { error: '服务站应为 12 位村（社区）代码' }).optional(),
  address: optionalText(200, '地址').optional(),
  hours: optionalText(200, '办公时间').optional(),
  phone: ContactPhoneSchema.nullable().optional(),
});
export type VillageStationUpdate = z.infer<typeof VillageStationUpdateSchema>;

export const VillageStationSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  hasStation: z.boolean(),
  servedBy: z.string(),
  servedByName: z.string(),
  /** The station's name (`<村（社区）>便民服务站`) of the station serving this village. */
  stationName: z.string(),
  /** true while the row is as the seeding rule made it (not confirmed by the county). */
  seededByRule: z.boolean(),
  address: z.string().nullable(),
  hours: z.string().nullable(),
  phone: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type VillageStation = z.infer<typeof VillageStationSchema>;
export const VillageStationListSchema = z.array(VillageStationSchema);

/** Body of `PUT /api/admin/department-contacts/:county/:department`: null removes the number (12345 shown). */
export const DepartmentContactUpdateSchema = z.object({ phone: ContactPhoneSchema.nullable() });

export const DepartmentContactSchema = z.object({
  countyCode: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  /** The county body's full name, e.g. 滑县民政局. */
  bodyName: z.string(),
  phone: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type DepartmentContact = z.infer<typeof DepartmentContactSchema>;
export const DepartmentContactListSchema = z.array(DepartmentContactSchema);

export const CountyQuerySchema = z.object({
  county: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }).optional(),
});

/** The 政务服务便民热线, shown wherever a place's own number has not been entered. */
export const HOTLINE_12345 = '12345';
export const NOT_ENTERED = '暂未登记，请拨打 12345 政务服务便民热线咨询';
