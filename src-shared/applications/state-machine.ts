// The one state machine of a case (rules.md, "Processing states"): a table of state × action → state and who
// may take the action. The server refuses (409) anything the table does not allow; the mini-program shows only
// the buttons the table allows. Plain data, no zod, so both sides import it.

export const caseStatuses = ['submitted', 'correction', 'accepted', 'special', 'finished', 'denied', 'rejected', 'withdrawn'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** What a resident and a clerk read for each status. */
export const caseStatusLabels: Record<CaseStatus, string> = {
  submitted: '待受理',
  correction: '待补正',
  accepted: '办理中',
  special: '特别程序中',
  finished: '已办结',
  denied: '不予许可',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

/** The statuses in which a case has ended: no clock runs and nothing more can happen to it. */
export const endedStatuses: readonly CaseStatus[] = ['finished', 'denied', 'rejected', 'withdrawn'];
export const isEnded = (status: CaseStatus) => endedStatuses.includes(status);

/** Clerk actions of `POST /api/applications/:id/actions` (claim has its own route). */
export const clerkActions = [
  'accept',
  'request_correction',
  'finish',
  'deny',
  'reject',
  'transfer',
  'release',
  'special_start',
  'special_end',
] as const;
export type ClerkAction = (typeof clerkActions)[number];

export type CaseAction = ClerkAction | 'submit' | 'claim' | 'supplement' | 'withdraw';

/** Who may take an action: the applicant (the owner or whoever filed it), or the clerk holding the case. */
export type CaseActor = 'applicant' | 'clerk';

export interface Transition {
  from: readonly CaseStatus[];
  /** The status after the action; `null` keeps the status (claim, release, transfer). */
  to: CaseStatus | null;
  by: CaseActor;
  /** The clerk must have claimed the case first (认领) — so two clerks never work one case. */
  needsClaim: boolean;
}

const open: readonly CaseStatus[] = ['submitted', 'correction', 'accepted', 'special'];

export const transitions: Record<Exclude<CaseAction, 'submit'>, Transition> = {
  claim: { from: open, to: null, by: 'clerk', needsClaim: false },
  release: { from: open, to: null, by: 'clerk', needsClaim: true },
  transfer: { from: ['submitted', 'accepted'], to: null, by: 'clerk', needsClaim: true },
  accept: { from: ['submitted'], to: 'accepted', by: 'clerk', needsClaim: true },
  request_correction: { from: ['submitted'], to: 'correction', by: 'clerk', needsClaim: true },
  reject: { from: ['submitted'], to: 'rejected', by: 'clerk', needsClaim: true },
  finish: { from: ['accepted'], to: 'finished', by: 'clerk', needsClaim: true },
  deny: { from: ['accepted'], to: 'denied', by: 'clerk', needsClaim: true },
  special_start: { from: ['accepted'], to: 'special', by: 'clerk', needsClaim: true },
  special_end: { from: ['special'], to: 'accepted', by: 'clerk', needsClaim: true },
  supplement: { from: ['correction'], to: 'submitted', by: 'applicant', needsClaim: false },
  withdraw: { from: ['submitted', 'correction'], to: 'withdrawn', by: 'applicant', needsClaim: false },
};

/** What each action is called on the timeline and on buttons. */
export const caseActionLabels: Record<CaseAction, string> = {
  submit: '提交申请',
  claim: '认领',
  release: '退回认领',
  transfer: '转办',
  accept: '受理',
  request_correction: '补正告知',
  reject: '不予受理',
  finish: '办结',
  deny: '不予许可',
  special_start: '启动特别程序',
  special_end: '特别程序结束',
  supplement: '补齐材料',
  withdraw: '撤回申请',
};

export const canTake = (action: Exclude<CaseAction, 'submit'>, status: CaseStatus): boolean =>
  transitions[action].from.includes(status);

/** The clerk actions a status allows, in the order the workbench shows them. */
export const clerkActionsFor = (status: CaseStatus): ClerkAction[] => clerkActions.filter((a) => canTake(a, status));

/** Why an action is refused in a status, in words for the person who tried. */
export function refusalMessage(action: Exclude<CaseAction, 'submit'>, status: CaseStatus): string {
  if (action === 'withdraw' && !isEnded(status)) return '申请已受理，不能再撤回；如需终止，请联系办理窗口';
  if (isEnded(status)) return `该办件已${caseStatusLabels[status]}，不能再${caseActionLabels[action]}`;
  return `该办件当前为“${caseStatusLabels[status]}”，不能${caseActionLabels[action]}`;
}

/** 特别程序 (行政许可法 第四十五条): the procedures that stop the clock, with what a clerk reads. */
export const specialProcedures = { inspection: '现场核查', testing: '检验检测', appraisal: '鉴定', hearing: '听证', publicity: '公示' } as const;
export type SpecialProcedure = keyof typeof specialProcedures;

/** The steps of the resident's step bar: 提交 → 受理 → 办理 → 办结. */
export const caseSteps = ['提交', '受理', '办理', '办结'] as const;
export function caseStepIndex(status: CaseStatus): number {
  switch (status) {
    case 'submitted':
    case 'correction':
      return 0;
    case 'accepted':
      return 1;
    case 'special':
      return 2;
    default:
      return 3;
  }
}
