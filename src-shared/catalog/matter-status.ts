/**
 * 事项状态: the codes the server's logic uses (the database enum `MatterStatus`) and the catalog's own words,
 * which the API and every screen show. A plain table, so the mini-program imports it without zod.
 */
export const matterStatusLabels = { in_use: '在用', paused: '暂停', cancelled: '取消' } as const;
export type MatterStatusCode = keyof typeof matterStatusLabels;
export type MatterStatusLabel = (typeof matterStatusLabels)[MatterStatusCode];
export const matterStatusWords = Object.values(matterStatusLabels) as [MatterStatusLabel, ...MatterStatusLabel[]];

export const matterStatusOfLabel = (label: MatterStatusLabel): MatterStatusCode =>
  (Object.keys(matterStatusLabels) as MatterStatusCode[]).find((code) => matterStatusLabels[code] === label) as MatterStatusCode;
