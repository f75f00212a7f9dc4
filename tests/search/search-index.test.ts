// The search engine without a database: tokenizer, pinyin, highlights and reasons, aliases added later, and the
// ranking thresholds on the dev set (Anyang catalog) and on our colloquial set for a catalog with names only.
import path from 'node:path';
import { docsOfCatalogFile, docsOfDepartmentSources } from '../../src-server/search/catalog-docs';
import { evaluate, readCases } from '../../src-server/search/eval-cases';
import { pinyinKeys, pinyinSpan } from '../../src-server/search/pinyin-keys';
import { SearchIndex, type SearchSignals } from '../../src-server/search/search-index';
import { normalizeText, Segmenter } from '../../src-server/search/text';

const shared = path.join(__dirname, '..', '..', '..', 'shared');
let anyang: SearchIndex;
beforeAll(() => {
  anyang = SearchIndex.build(docsOfDepartmentSources());
});

describe('text', () => {
  it('normalizes full-width letters, case, emoji, punctuation and lone surrogates away', () => {
    expect(normalizeText('ＣＪＲＺ')).toBe('cjrz');
    expect(normalizeText('😀🎉')).toBe('');
    expect(normalizeText('残疾证\ud800丢了！')).toBe('残疾证 丢了');
    expect(normalizeText("'; DROP TABLE x;--")).toBe('drop table x');
  });

  it('cuts Chinese into words and bigrams, with user words kept whole', () => {
    const seg = new Segmenter(['两项补贴']);
    const terms = seg.terms('残疾人两项补贴');
    expect(terms).toEqual(expect.arrayContaining(['残疾人', '两项补贴', '疾人', '项补']));
    expect(terms.every((t) => t.length >= 2)).toBe(true);
  });

  it('indexes pinyin and initials from word boundaries and finds the span a Latin input spells', () => {
    const keys = pinyinKeys('住房公积金提取', ['住房', '公积金', '提取']);
    expect(keys).toEqual(expect.arrayContaining(['zhufanggongjijintiqu', 'zfgjjtq', 'gongjijintiqu', 'gjjtq']));
    expect(pinyinSpan('残疾人证新办', 'cjrz')).toEqual([0, 4]);
    expect(pinyinSpan('最低生活保障申请', 'zuidi')).toEqual([0, 2]);
    expect(pinyinSpan('残疾人证新办', 'xyz')).toBeNull();
  });
});

describe('search on the Anyang catalog', () => {
  const names = (q: string, signals?: SearchSignals, county?: string) => anyang.search(q, { signals, county }).items.map((i) => i.name);

  it('finds 残疾人证挂失补办 first for 残疾证丢了, with the name highlighted and the reason in words', () => {
    const [first] = anyang.search('残疾证丢了').items;
    expect(first.name).toBe('残疾人证挂失补办');
    expect(first.highlights[0]).toEqual({ start: 0, end: 8 });
    expect(first.reason).toMatch(/名称含「残疾人证/);
    expect(first.reason).toMatch(/“丢了”按“挂失/);
  });

  it('reads pinyin and initials', () => {
    expect(names('cjrz').slice(0, 3).every((n) => n.startsWith('残疾人证'))).toBe(true);
    expect(names('dibao')[0]).toMatch(/最低生活保障/);
    expect(names('gjj')[0]).toMatch(/公积金/);
    expect(names('canjirenzhneg').slice(0, 3).some((n) => n.startsWith('残疾人证'))).toBe(true); // typo in pinyin
  });

  it('finds nothing for words no matter has, and for nothing searchable', () => {
    expect(names('量子纠缠')).toEqual([]);
    expect(names('🎉🎉')).toEqual([]);
  });

  it('re-ranks by what the county handles nearby and by how often matters are applied for', () => {
    const plain = anyang.search('残疾人证').items;
    const last = plain[plain.length - 1];
    const offered: SearchSignals = { offeredNearby: (id, c) => c === '410526' && id === last.id, applications: () => 0 };
    const nearby = anyang.search('残疾人证', { signals: offered, county: '410526' }).items;
    expect(nearby.findIndex((i) => i.id === last.id)).toBeLessThan(plain.length - 1);
    const popular = plain[3];
    const apps: SearchSignals = { offeredNearby: () => false, applications: (id) => (id === popular.id ? 500 : 1) };
    const byApps = anyang.search('残疾人证', { signals: apps }).items;
    expect(byApps.findIndex((i) => i.id === popular.id)).toBeLessThan(3);
  });

  it('finds a matter by an alias added after the build', () => {
    const index = SearchIndex.build(docsOfDepartmentSources());
    expect(index.search('小蓝本').items).toEqual([]);
    const target = index.search('残疾人证新办').items[0];
    expect(index.addAlias(target.id, '小蓝本')).toBe(true);
    expect(index.search('小蓝本').items[0].id).toBe(target.id);
    expect(index.suggest('小蓝')[0]).toEqual({ text: '小蓝本', matterId: target.id });
  });

  it('suggests names while typing, in Chinese and in pinyin', () => {
    expect(anyang.suggest('残疾人证').map((s) => s.text)).toContain('残疾人证挂失补办');
    expect(anyang.suggest('cjrz')[0].text).toMatch(/^残疾人证/);
    expect(anyang.suggest('😀')).toEqual([]);
  });

  it('reaches top-1 ≥ 90 % and top-3 ≥ 97 % on the dev set', () => {
    const report = evaluate(anyang, readCases(path.join(shared, 'eval', 'search-dev.tsv')));
    expect(report.cases).toBeGreaterThanOrEqual(45);
    expect(report.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.top3).toBeGreaterThanOrEqual(0.97);
  });
});

describe('search on a catalog with names only (guangan)', () => {
  it('reaches top-3 ≥ 90 % on our colloquial questions, carried by the lexicon alone', () => {
    const index = SearchIndex.build(docsOfCatalogFile(path.join(shared, 'data', 'guangan-catalog.json')));
    const cases = readCases(path.join(__dirname, 'guangan-colloquial.tsv'));
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const report = evaluate(index, cases);
    expect(report.top3).toBeGreaterThanOrEqual(0.9);
  });
});
