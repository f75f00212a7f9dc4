// Requests of the delegation routes: the shared contracts the mini-program sends (src-shared/contracts/catalog-admin.ts).
import { z } from 'zod';
import { CreateDelegationSchema, DelegationListQuerySchema, RecallDelegationSchema, WithdrawRecallSchema } from '../../src-shared/contracts/catalog-admin';

export const CreateDelegationBody = CreateDelegationSchema;
export type CreateDelegationInput = z.infer<typeof CreateDelegationBody>;
export const RecallBody = RecallDelegationSchema;
export const WithdrawRecallBody = WithdrawRecallSchema;
export const DelegationParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
export const DelegationListQuery = DelegationListQuerySchema;
