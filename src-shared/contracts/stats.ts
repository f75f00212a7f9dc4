// The figures admins steer by (`GET /api/admin/stats`, and its XLSX export): cases by status and queue, overdue
// counts, acceptance and finish times in working days, satisfaction, the catalog against the reform's targets,
// and each county's delegation list beside the reform report's numbers.
import { z } from 'zod';
import { caseStatuses } from '../applications/state-machine';
import { IsoDateSchema } from './common';

const code = (digits: number, what: string) => z.string().regex(new RegExp(`^\\d{${digits}}$`), { error: `${what}代码应为 ${digits} 位数字` });

export const StatsQuerySchema = z.object({
  /** A county (6 digits); a county admin may leave it out (their county), the city admin too (the whole city). */
  county: code(6, '县（区）').optional(),
  /** A township (9 digits) of that county. */
  township: code(9, '乡镇（街道）').optional(),
  /** The period of submission, inclusive; default the last 90 days up to today. */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

const count = z.number().int().min(0);
const DurationSchema = z.object({
  /** Cases measured. */
  count,
  /** Working days; null when no case was measured. Nearest rank: the smallest value with at least half (90 %) of the cases at or below it. */
  median: z.number().int().nullable(),
  p90: z.number().int().nullable(),
});

const CatalogFigureSchema = z.object({ matters: count, departments: count, target: count });

export const StatsSchema = z.object({
  scope: z.object({
    countyCode: z.string().nullable(),
    townshipCode: z.string().nullable(),
    /** e.g. 安阳市, 滑县, 滑县道口镇街道. */
    name: z.string(),
  }),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The day overdue counts are taken on. */
  today: z.string(),
  cases: z.object({
    /** Cases submitted in the period (applicant's place in the scope), by their status now. */
    total: count,
    byStatus: z.array(z.object({ status: z.enum(caseStatuses), label: z.string(), count })),
    byQueue: z.array(z.object({ queueId: z.string(), name: z.string(), kind: z.enum(['village', 'township', 'county_department', 'city_department']), count })),
  }),
  /** Open cases in the scope past their deadline today, whatever their submission date. */
  overdue: z.object({ acceptance: count, finish: count, total: count }),
  times: z.object({
    /** Working days from submission to 受理 (cases of the period that were accepted). */
    acceptance: DurationSchema,
    /** Working days from the clock's start (受理, or receipt when deemed accepted) to 办结 or 不予许可. */
    finish: DurationSchema,
    /** Some date lies in a year without the State Council notice: counted Monday to Friday. */
    estimated: z.boolean(),
  }),
  satisfaction: z.object({
    /** Ratings given in the period (excluded ratings, e.g. after an upheld appeal, are not counted). */
    count,
    /** Share of 4 and 5 stars, 0–1; null without ratings. */
    goodRate: z.number().min(0).max(1).nullable(),
    good: count,
    /** 不满意 and 非常不满意 (1–2 stars). */
    bad: count,
    /** Follow-ups of bad ratings past their call-back or reply deadline today. */
    followUpsOverdue: count,
  }),
  catalog: z.object({ version: z.number().int(), handheld: CatalogFigureSchema, township: CatalogFigureSchema, village: CatalogFigureSchema }),
  delegations: z.array(
    z.object({
      countyCode: z.string(),
      countyName: z.string(),
      /** Matters delegated to townships (or their stations) and in force today. */
      delegated: count,
      /** Of those, not taken up (未承接): their cases go to the county department. */
      notTakenUp: count,
      /** Delegations recalled (收回). */
      recalled: count,
      /** What the reform report says, where it names this county. */
      reportDelegated: z.number().int().nullable(),
    }),
  ),
  /** The reform report's city-wide figure for recalled powers, shown beside ours. */
  reportRecalled: z.number().int(),
});
export type Stats = z.infer<typeof StatsSchema>;

/** The reform report's figures (放权赋能): 滑县 delegated 126 powers, 北关区 13; 108 were recalled across the city. */
export const reportFigures = { delegated: { '410526': 126, '410503': 13 } as Record<string, number>, recalled: 108 } as const;
