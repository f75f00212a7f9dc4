// What a message asks, read by rules (intents.ts), and how search results are judged (find-matter.ts): tables of
// the ways residents put things.
import { understand } from '../../src-server/assistant/intents';
import { judgeHits, optionsOf, pickOption } from '../../src-server/assistant/find-matter';
import type { SearchHit } from '../../src-server/search/search-index';

describe('understand', () => {
  it.each([
    ['要带什么材料', ['materials'], null, ''],
    ['残疾证要准备哪些资料', ['materials'], null, '残疾证'],
    ['那要多久', ['time'], null, ''],
    ['多久能办好', ['time'], null, ''],
    ['收费吗', ['fees'], null, ''],
    ['身份证补办多少钱', ['fees'], null, '身份证补办'],
    ['在哪办', ['place'], null, ''],
    ['窗口几点上班', ['place'], null, '上班'],
    ['低保申请条件是什么', ['conditions'], null, '低保'],
    ['办理流程', ['steps'], null, ''],
    ['法律依据', ['basis'], null, ''],
    ['能在手机上办吗', ['online'], null, ''],
    ['要带什么材料，多久能办好', ['materials', 'time'], null, ''],
    ['转人工', [], 'handoff', ''],
    ['我要投诉', [], 'complaint', ''],
    ['我的残疾证办到哪了', [], 'progress', '残疾证'],
    ['查一下办件进度', [], 'progress', ''],
    ['我要申请', [], 'apply', ''],
    ['你好', [], 'greeting', ''],
    ['谢谢！', [], 'thanks', ''],
    ['我想办残疾证', [], null, '残疾证'],
    ['帮我订外卖', [], null, '订外卖'],
  ])('%s', (text, topics, action, rest) => {
    expect(understand(text)).toEqual({ topics, action, rest });
  });
});

const hit = (id: string, name: string, score: number): SearchHit => ({
  id, name, score, department: { code: 'cl', name: '残疾人联合会' }, level: 4, handheld: true, highlights: [], reason: '',
});

describe('judgeHits', () => {
  const siblings = [hit('a', '残疾人证新办', 1582), hit('b', '残疾人证换领', 1436), hit('c', '残疾人证挂失补办', 1343), hit('d', '残疾类别/等级变更', 668)];

  it('several siblings that fit alike are asked about, each by the part of its name that differs', () => {
    const f = judgeHits(siblings, null);
    expect(f.kind).toBe('several');
    expect(f.kind === 'several' && f.options.map((o) => o.label)).toEqual(['新办', '换领', '挂失补办']);
  });

  it('one clear winner, the matter in focus among the siblings, or a full name in the question is that matter', () => {
    expect(judgeHits([hit('x', '城乡居民基本养老保险待遇申领', 2119), hit('y', '企业职工基本养老保险待遇申领', 994)], null)).toMatchObject({ kind: 'one', hit: { id: 'x' } });
    expect(judgeHits(siblings, 'b')).toMatchObject({ kind: 'one', hit: { id: 'b' } });
    expect(judgeHits(siblings, null, '残疾人证挂失补办要多久')).toMatchObject({ kind: 'one', hit: { id: 'c' } });
  });

  it('a stray match is a weak guess, and nothing is nothing', () => {
    expect(judgeHits([hit('u', '工会会员入会申请', 19.7)], null)).toEqual({ kind: 'none' });
    expect(judgeHits([hit('u', '工会会员入会申请', 60)], null).kind).toBe('weak');
    expect(judgeHits([], null)).toEqual({ kind: 'none' });
  });

  it('names that share nothing are offered whole', () => {
    expect(optionsOf([hit('a', '低保申请', 500), hit('b', '特困供养', 400)]).map((o) => o.label)).toEqual(['低保申请', '特困供养']);
  });
});

describe('pickOption', () => {
  const options = [
    { label: '新办', matterId: 'a', name: '残疾人证新办' },
    { label: '补办', matterId: 'b', name: '残疾人证补办' },
    { label: '挂失补办', matterId: 'c', name: '残疾人证挂失补办' },
  ];
  it.each([
    ['新办', 'a'], ['残疾人证新办', 'a'], ['就新办吧', 'a'], ['第2个', 'b'], ['第三个', 'c'], ['挂失补办', 'c'], ['我要挂失补办', 'c'],
  ])('%s → %s', (text, id) => {
    expect(pickOption(text, options)?.matterId).toBe(id);
  });
  it('something else picks nothing', () => {
    expect(pickOption('多久能办好', options)).toBeUndefined();
  });
});
