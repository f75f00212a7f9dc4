import { z } from 'zod';
import { MatterSourceSchema } from '../../src-shared/contracts/catalog-source';
import { DraftUpdateSchema } from '../../src-shared/contracts/catalog-admin';

export { GuideQuery, MatterListQuery } from '../../src-shared/contracts/catalog';

export const MatterIdParams = z.object({ id: z.uuid({ error: '事项编号格式不正确' }) });
export const FormFileParams = MatterIdParams.extend({
  materialId: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: '材料编号格式不正确' }),
  kind: z.enum(['blank', 'sample'], { error: '只能是 blank（空白表格）或 sample（填写样表）' }),
});
export const FormFileQuery = z.object({ version: z.coerce.number().int().min(1, { error: '版本号应为正整数' }).optional() });
export const VersionParams = z.object({ version: z.coerce.number().int().min(1, { error: '版本号应为正整数' }) });
export const DiffParams = z.object({
  from: z.coerce.number().int().min(1, { error: '版本号应为正整数' }),
  to: z.coerce.number().int().min(1, { error: '版本号应为正整数' }),
});
export const PublishBody = z.object({ note: z.string().trim().min(2, { error: '请写明本次发布的说明' }).max(500) }).strict();
export const DraftListQuery = z.object({
  department: z.string().regex(/^[a-z]{2,6}$/).optional(),
  q: z.string().trim().max(40).optional(),
  incomplete: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const CreateDraftBody = z.object({ departmentCode: z.string().regex(/^[a-z]{2,6}$/), content: MatterSourceSchema }).strict();
/** The request the mini-program sends, from the shared contract (status in the catalog's words). */
export const ReplaceDraftBody = DraftUpdateSchema;
export const ExportQuery = z.object({
  format: z.enum(['json', 'xlsx'], { error: 'format 应为 json 或 xlsx' }).default('json'),
  version: z.coerce.number().int().min(1).optional(),
});
export const TemplateQuery = z.object({ format: z.enum(['xlsx', 'csv'], { error: 'format 应为 xlsx 或 csv' }).default('xlsx') });
