// Use case: 不予许可 — an accepted application is decided against.
import type { UseCaseContext } from '../platform/use-case';
import { refuseCase } from './refuse-case';

export const denyCase = (ctx: UseCaseContext, input: { id: string; reason: string; legalBasis: string; revision?: number }) =>
  refuseCase(ctx, { ...input, action: 'deny' });
