// Words and fixed lists of 好差评 and 投诉建议, without zod: the mini-program imports them (its bundle stays zod-free)
// and the contracts (src-shared/contracts/ratings.ts, complaints.ts) re-export them.

/** 5 = 非常满意 … 1 = 非常不满意 (rules.md "Ratings"); the national 满意度代码 is 6 − stars. */
export const starLabels: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
export const subItemLabels = { efficiency: '办事效率', guideAccuracy: '办事指南精确度', convenience: '办事便捷度', usability: '平台操作性' } as const;
export const followUpStatusLabels = { open: '待回访', called: '已回访，待整改答复', replied: '已答复' } as const;
export const appealStatusLabels = { pending: '待审核', upheld: '申诉成立', rejected: '申诉不成立' } as const;
export const complaintKindLabels = { complaint: '投诉', suggestion: '建议' } as const;
export const complaintStatusLabels = { open: '待答复', answered: '已答复' } as const;

/** The export's columns, exactly the national field names (rules.md "Ratings"). */
export const exportColumns = ['办件编号', '评价渠道', '评价时间', '满意度代码', '文字评价', '行政区划'] as const;

/** Deadlines in working days an admin sets (service_setting), each 1–60. */
export const settingKeys = ['followUp.callBackDays', 'followUp.replyDays', 'complaint.answerDays'] as const;
export type SettingKey = (typeof settingKeys)[number];
export const settingLabels: Record<SettingKey, string> = {
  'followUp.callBackDays': '差评回访时限（工作日）',
  'followUp.replyDays': '差评整改答复时限（工作日）',
  'complaint.answerDays': '投诉建议答复时限（工作日）',
};
export const settingDefaults: Record<SettingKey, number> = { 'followUp.callBackDays': 1, 'followUp.replyDays': 15, 'complaint.answerDays': 5 };
