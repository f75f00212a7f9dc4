// Use case: 不予受理 — the application is refused before 受理.
import type { UseCaseContext } from '../platform/use-case';
import { refuseCase } from './refuse-case';

export const rejectCase = (ctx: UseCaseContext, input: { id: string; reason: string; legalBasis: string; revision?: number }) =>
  refuseCase(ctx, { ...input, action: 'reject' });
