/** Today in China (UTC+8), as YYYY-MM-DD: the day that counts for delegations, deadlines and publishing. */
export const chinaToday = (now: Date = new Date()) => new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
