/** Today in China (UTC+8), as YYYY-MM-DD: the day that counts for delegations, deadlines and publishing. */
export const chinaToday = (now: number | Date = Date.now()): string =>
  new Date(Number(now) + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** The Date a PostgreSQL `date` column holds for a China date: UTC midnight of that day, as Prisma reads and writes it. */
export const dateColumn = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** A real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
