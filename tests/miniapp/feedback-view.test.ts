// The 好差评 and 投诉建议 screens' logic without a renderer: the levels in the national order, the rating form's
// checks (every sub-item, a comment for a 差评), the body sent, the follow-up's deadline lines, the complaint checks.
import {
  STAR_OPTIONS, checkComplaint, checkRating, checkText, deadlineText, followUpDeadlines, ratingBody,
} from '../../src-miniapp/view-models/feedbackView'
import { RateCaseBody } from '../../src-shared/contracts/ratings'
import { SubmitComplaintBody } from '../../src-shared/contracts/complaints'

describe('rating form', () => {
  it('lists 非常满意 … 非常不满意 as 5 … 1', () => {
    expect(STAR_OPTIONS.map((o) => `${o.value}${o.label}`)).toEqual(['5非常满意', '4满意', '3基本满意', '2不满意', '1非常不满意'])
  });

  it('asks for the overall level and every sub-item; a comment is optional, at most 500 characters', () => {
    expect(checkRating({ comment: '' })).toEqual({
      stars: '请选择总体满意度', efficiency: '请为办事效率打分', guideAccuracy: '请为办事指南精确度打分', convenience: '请为办事便捷度打分', usability: '请为平台操作性打分',
    });
    const bad = { stars: 1, efficiency: 1, guideAccuracy: 2, convenience: 1, usability: 3, comment: ' ' };
    expect(checkRating(bad)).toEqual({});
    expect(checkRating({ ...bad, comment: '长'.repeat(501) })).toEqual({ comment: '文字评价最多 500 个字' });
    expect(checkRating({ ...bad, stars: 4, comment: '' })).toEqual({});
  });

  it('sends a body the server\'s contract accepts', () => {
    const body = ratingBody({ stars: 2, efficiency: 1, guideAccuracy: 2, convenience: 3, usability: 4, comment: '  等待太久 ' });
    expect(body).toEqual({ stars: 2, efficiency: 1, guideAccuracy: 2, convenience: 3, usability: 4, comment: '等待太久' });
    expect(RateCaseBody.safeParse(body).success).toBe(true);
    expect(ratingBody({ stars: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5, comment: '' })).not.toHaveProperty('comment');
  });
});

describe('follow-up deadlines', () => {
  it('flags what is overdue and marks what is done', () => {
    const open = followUpDeadlines({ status: 'open', callBackDue: '2027-02-03', replyDue: '2027-02-23', callBackOverdue: true, replyOverdue: false });
    expect(open.map(deadlineText)).toEqual(['回访期限 2027-02-03（已超期）', '整改答复期限 2027-02-23']);
    const called = followUpDeadlines({ status: 'called', callBackDue: '2027-02-03', replyDue: '2027-02-23', callBackOverdue: false, replyOverdue: true });
    expect(called.map(deadlineText)).toEqual(['回访期限 2027-02-03（已完成）', '整改答复期限 2027-02-23（已超期）']);
  });
});

describe('complaint form', () => {
  it('checks kind, county and text as the server does', () => {
    expect(checkComplaint({ kind: '', countyCode: '', text: '短' })).toEqual({ kind: '请选择投诉或建议', countyCode: '请选择涉及的区县', text: '内容至少 5 个字' });
    const ok = { kind: 'complaint', countyCode: '410526', text: '窗口排队时间太长了' };
    expect(checkComplaint(ok)).toEqual({});
    expect(SubmitComplaintBody.safeParse(ok).success).toBe(true);
    expect(checkText('   ', '回访情况', 2, 500)).toBe('请填写回访情况');
  });
});
