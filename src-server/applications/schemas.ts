// Requests of the application routes: the shared contracts (src-shared/contracts/applications.ts) plus params.
import { z } from 'zod';

export const ApplicationParams = z.object({ id: z.uuid({ error: '办件编号格式不正确' }) });
export const DraftParams = z.object({ matterId: z.uuid({ error: '事项编号格式不正确' }) });
export const CalendarParams = z.object({ year: z.coerce.number().int().min(2000, { error: '年份应在 2000–2100 之间' }).max(2100, { error: '年份应在 2000–2100 之间' }) });
