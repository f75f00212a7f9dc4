// Use case: the follow-up and complaint deadlines as they stand (working days; defaults where never set).
import type { Settings } from '../../src-shared/contracts/ratings';
import type { UseCaseContext } from '../platform/use-case';
import { readSettings } from './service-settings';

export const getSettings = (ctx: UseCaseContext): Promise<Settings> => readSettings(ctx);
