// The mini-program's search helpers without a renderer: a name cut into highlighted parts from the server's spans,
// and the recent searches kept on the phone.
import { createRecentSearches, highlightParts, RECENT_LIMIT } from '../../src-miniapp/view-models/searchView';
import type { KeyValueStorage } from '../../src-miniapp/services/sessionStore';

function memoryStorage(): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
}

describe('highlightParts', () => {
  it('cuts a name into plain and highlighted parts in order', () => {
    expect(highlightParts('残疾人证挂失补办', [{ start: 0, end: 4 }, { start: 4, end: 6 }])).toEqual([
      { text: '残疾人证', hit: true },
      { text: '挂失', hit: true },
      { text: '补办', hit: false },
    ]);
    expect(highlightParts('最低生活保障申请', [{ start: 2, end: 4 }])).toEqual([
      { text: '最低', hit: false },
      { text: '生活', hit: true },
      { text: '保障申请', hit: false },
    ]);
  });

  it('survives spans out of order, overlapping, empty or past the end', () => {
    const parts = highlightParts('临时救助申请', [{ start: 2, end: 9 }, { start: 0, end: 3 }, { start: 1, end: 1 }]);
    expect(parts.map((p) => p.text).join('')).toBe('临时救助申请');
    expect(parts).toEqual([{ text: '临时救', hit: true }, { text: '助申请', hit: true }]);
    expect(highlightParts('法律援助', [])).toEqual([{ text: '法律援助', hit: false }]);
  });
});

describe('recent searches', () => {
  it('keeps the newest first, without repeats, at most ten, and clears', () => {
    const storage = memoryStorage();
    const recent = createRecentSearches(storage);
    expect(recent.list()).toEqual([]);
    recent.add('低保');
    recent.add('残疾证丢了');
    expect(recent.add(' 低保 ')).toEqual(['低保', '残疾证丢了']);
    for (let i = 0; i < 15; i++) recent.add(`搜索${i}`);
    expect(recent.list()).toHaveLength(RECENT_LIMIT);
    expect(recent.list()[0]).toBe('搜索14');
    expect(recent.add('   ')).toHaveLength(RECENT_LIMIT);
    expect(recent.clear()).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('reads a damaged value as empty', () => {
    const storage = memoryStorage();
    storage.set('zsb.recentSearches', 'not a list');
    expect(createRecentSearches(storage).list()).toEqual([]);
    storage.set('zsb.recentSearches', ['ok', 3, null]);
    expect(createRecentSearches(storage).list()).toEqual(['ok']);
  });
});
