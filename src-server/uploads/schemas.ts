// Request shapes of the uploads routes (answers are shared contracts in src-shared/contracts/applications.ts).
import { z } from 'zod';

export const UploadIdParams = z.object({ id: z.uuid({ error: '文件编号格式不正确' }) });
export const MyUploadsQuery = z.object({
  page: z.coerce.number<number>().int().min(1).default(1),
  pageSize: z.coerce.number<number>().int().min(1).max(50).default(20),
});
