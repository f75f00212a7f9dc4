// The residents' lexicon: its data file holds what the issue asks for, and expandQuery finds phrases, prefers the
// longest, drops filler words and keeps the resident's own words.
import { expandQuery, lexicon, lexiconWords } from '../../src-shared/search/lexicon';

const to = (q: string, from: string) => expandQuery(q).expansions.find((e) => e.from === from)?.to;

describe('lexicon data', () => {
  it.each([
    ['terms', '上学', '入学'],
    ['terms', '上户口', '户口登记'],
    ['terms', '上户口', '出生登记'],
    ['terms', '老年证', '老年人优待证'],
    ['terms', '低保', '最低生活保障'],
    ['terms', '养狗', '犬类'],
    ['terms', '开店', '个体工商户设立'],
    ['terms', '残疾证', '残疾人证'],
    ['terms', '退休', '养老保险待遇'],
    ['actions', '丢了', '挂失'],
    ['actions', '丢了', '补领'],
    ['actions', '丢了', '补办'],
    ['actions', '到期', '换领'],
    ['actions', '过期', '换领'],
    ['actions', '不干了', '注销'],
    ['actions', '关门', '注销'],
    ['actions', '第一次', '新办'],
    ['actions', '第一次', '初次申领'],
    ['actions', '搬家', '迁移'],
    ['actions', '搬家', '变更'],
    ['situations', '生孩子', '出生登记'],
    ['situations', '生孩子', '生育登记'],
    ['situations', '生孩子', '育儿补贴'],
  ] as const)('%s: %s → %s', (section, from, official) => {
    expect(lexicon[section][from]).toContain(official);
  });

  it('maps every phrase to something other than itself, and names no catalog', () => {
    for (const section of ['terms', 'actions', 'situations'] as const) {
      for (const [from, list] of Object.entries(lexicon[section])) {
        expect(list.length).toBeGreaterThan(0);
        expect(list).not.toContain(from);
      }
    }
    const raw = JSON.stringify(lexicon);
    expect(raw).not.toMatch(/安阳|广安|殷都|滑县/);
  });

  it('gives the segmenter its words', () => {
    expect(lexiconWords()).toEqual(expect.arrayContaining(['残疾证', '残疾人证', '挂失', '最低生活保障']));
  });
});

describe('expandQuery', () => {
  it('reads 残疾证丢了 as 残疾人证 and 挂失/补领/补办, dropping the action phrase itself', () => {
    const q = expandQuery('残疾证丢了怎么办');
    expect(q.expansions.map((e) => e.from)).toEqual(['残疾证', '丢了']);
    expect(to('残疾证丢了怎么办', '丢了')).toEqual(expect.arrayContaining(['挂失', '补领', '补办']));
    expect(q.core).toBe('残疾证');
  });

  it('prefers the longest phrase (低保户 over 低保) and does not overlap phrases', () => {
    expect(expandQuery('低保户').expansions.map((e) => e.from)).toEqual(['低保户']);
  });

  it('drops filler words but keeps the words that carry meaning', () => {
    expect(expandQuery('请问入学报名需要什么材料').core).toBe('入学报名');
    expect(expandQuery('法律援助').core).toBe('法律援助');
  });

  it('finds a life situation inside a longer question', () => {
    expect(to('我家刚生孩子要办什么', '生孩子')).toEqual(expect.arrayContaining(['出生登记', '生育登记', '育儿补贴']));
  });

  it('finds nothing in words it does not know', () => {
    expect(expandQuery('耕地地力保护').expansions).toEqual([]);
  });
});
