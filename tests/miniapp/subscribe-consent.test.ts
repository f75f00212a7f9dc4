// The consent request at the submit tap: which templates are asked for (WeChat takes at most three a tap) and
// what WeChat's answer means.
import { acceptedTemplates, templatesToAsk } from '../../src-miniapp/view-models/subscribeConsent';

const all = (['accepted', 'correction', 'finished', 'refused', 'answered'] as const).map((key) => ({ key, templateId: `T-${key}`, title: key }));

test('asks for 补正, 办结 and 不予受理 at submit, only those configured', () => {
  expect(templatesToAsk(all).map((t) => t.key)).toEqual(['correction', 'finished', 'refused']);
  expect(templatesToAsk(all.filter((t) => t.key !== 'finished')).map((t) => t.key)).toEqual(['correction', 'refused']);
  expect(templatesToAsk([])).toEqual([]);
  expect(templatesToAsk(all, ['accepted', 'correction', 'finished', 'refused'])).toHaveLength(3);
});

test('keeps only the templates the resident accepted', () => {
  const asked = templatesToAsk(all);
  expect(acceptedTemplates(asked, { errMsg: 'requestSubscribeMessage:ok', 'T-correction': 'accept', 'T-finished': 'reject', 'T-refused': 'ban' })).toEqual(['correction']);
  expect(acceptedTemplates(asked, null)).toEqual([]);
});
