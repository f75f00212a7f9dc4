// Renderer-free loading behind the catalog hooks (src-miniapp/view-models/catalogLoad.ts): every published matter a
// page of 100 at a time, the paged list of a department or topic (「加载更多」), and one guide per county.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  addPage,
  guideKey,
  hasMore,
  initialMatterList,
  LIST_PAGE_SIZE,
  loadAllMatters,
  loadGuide,
  nextPageQuery,
  pageFailed,
  parseGuideKey,
  startLoading,
} from '../../src-miniapp/view-models/catalogLoad';
import { errorFromResponse, networkError } from '../../src-miniapp/services/errors';
import type { Guide, MatterPage, MatterQuery, MatterSummary } from '../../src-miniapp/services/types';

const matter = (n: number): MatterSummary => ({
  id: `m${n}`,
  code: `C${n}`,
  name: `事项${n}`,
  department: { code: 'mz', name: '民政局' },
  type: '05',
  level: 4,
  handheld: n % 2 === 0,
  topics: ['社会救助'],
  promiseDays: 5,
  promiseUnit: '工作日',
});

/** A fake `GET /api/matters` over `total` matters. */
function fakeServer(total: number) {
  const all = Array.from({ length: total }, (_, i) => matter(i + 1));
  const calls: MatterQuery[] = [];
  const fetchPage = jest.fn(async (query: MatterQuery): Promise<MatterPage> => {
    calls.push(query);
    const page = query.page ?? 1;
    const size = query.pageSize ?? 20;
    return { items: all.slice((page - 1) * size, page * size), total, page, pageSize: size };
  });
  return { fetchPage, calls };
}

describe('loadAllMatters', () => {
  test('376 matters: the first page, then the three others, 100 each, in order', async () => {
    const { fetchPage, calls } = fakeServer(376);
    const result = await loadAllMatters(fetchPage);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toHaveLength(376);
    expect(result.data[375].id).toBe('m376');
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3, 4]);
    expect(calls.every((c) => c.pageSize === 100)).toBe(true);
  });

  test('filters go with every page; one page is enough when it holds everything', async () => {
    const { fetchPage, calls } = fakeServer(40);
    const result = await loadAllMatters(fetchPage, { online: true });
    expect(result.ok && result.data.length).toBe(40);
    expect(calls).toEqual([{ online: true, page: 1, pageSize: 100 }]);
  });

  test('a matter on two pages (the catalog changed meanwhile) is kept once', async () => {
    const fetchPage = jest.fn(async (q: MatterQuery): Promise<MatterPage> =>
      q.page === 1
        ? { items: [matter(1), matter(2)], total: 101, page: 1, pageSize: 100 }
        : { items: [matter(2), matter(3)], total: 101, page: 2, pageSize: 100 },
    );
    const result = await loadAllMatters(fetchPage);
    expect(result.ok && result.data.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  test('a failing page fails the whole load with its ApiError, never a throw', async () => {
    const fetchPage = jest.fn(async (q: MatterQuery): Promise<MatterPage> => {
      if (q.page === 2) throw networkError({ errMsg: 'request:fail' });
      return { items: [matter(1)], total: 150, page: 1, pageSize: 100 };
    });
    const result = await loadAllMatters(fetchPage);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  });

  test('something that is not an ApiError becomes one with a Chinese message', async () => {
    const result = await loadAllMatters(async () => {
      throw new TypeError('x is undefined');
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'UNEXPECTED_ERROR', message: '加载失败，请稍后再试' });
  });
});

describe('the paged list (加载更多)', () => {
  test('pages of 20 are added until all are shown', () => {
    const filter = { topic: '残疾人' };
    let state = initialMatterList;
    expect(hasMore(state)).toBe(false);
    expect(nextPageQuery(state, filter)).toEqual({ topic: '残疾人', page: 1, pageSize: LIST_PAGE_SIZE });

    const page1 = Array.from({ length: 20 }, (_, i) => matter(i + 1));
    state = addPage(startLoading(state), { items: page1, total: 27, page: 1, pageSize: 20 });
    expect(state).toMatchObject({ total: 27, pages: 1, loading: false, error: null });
    expect(hasMore(state)).toBe(true);
    expect(nextPageQuery(state, filter).page).toBe(2);

    const page2 = Array.from({ length: 7 }, (_, i) => matter(i + 21));
    state = addPage(startLoading(state), { items: page2, total: 27, page: 2, pageSize: 20 });
    expect(state.items).toHaveLength(27);
    expect(hasMore(state)).toBe(false);
  });

  test('an empty list is complete at once', () => {
    const state = addPage(initialMatterList, { items: [], total: 0, page: 1, pageSize: 20 });
    expect(state.total).toBe(0);
    expect(hasMore(state)).toBe(false);
  });

  test('matters already shown are not repeated; a list that stops growing does not ask forever', () => {
    const page1 = Array.from({ length: 20 }, (_, i) => matter(i + 1));
    let state = addPage(initialMatterList, { items: page1, total: 45, page: 1, pageSize: 20 });
    state = addPage(state, { items: page1, total: 45, page: 2, pageSize: 20 });
    expect(state.items).toHaveLength(20);
    expect(hasMore(state)).toBe(true);
    state = addPage(state, { items: [], total: 45, page: 3, pageSize: 20 });
    expect(hasMore(state)).toBe(false);
  });

  test('a failed page keeps what is shown and the page to ask for again', () => {
    const page1 = Array.from({ length: 20 }, (_, i) => matter(i + 1));
    const shown = addPage(initialMatterList, { items: page1, total: 30, page: 1, pageSize: 20 });
    const failed = pageFailed(startLoading(shown), errorFromResponse(503, null));
    expect(failed.items).toHaveLength(20);
    expect(failed.loading).toBe(false);
    expect(failed.error).toMatchObject({ status: 503, message: '服务暂时不可用，请稍后重试' });
    expect(nextPageQuery(failed, {}).page).toBe(2);
    expect(startLoading(failed).error).toBeNull();
  });
});

describe('one guide', () => {
  const guide = { id: 'g1', name: '残疾人证新办' } as Guide;

  test('asked for with the county; no county leaves the choice to the server', async () => {
    const fetchGuide = jest.fn(async () => guide);
    expect(await loadGuide('g1', '410505', fetchGuide)).toEqual({ ok: true, data: guide });
    expect(fetchGuide).toHaveBeenLastCalledWith('g1', '410505');
    await loadGuide('g1', '', fetchGuide);
    expect(fetchGuide).toHaveBeenLastCalledWith('g1', undefined);
  });

  test('no id fails at once; a 404 comes back as its message', async () => {
    const fetchGuide = jest.fn();
    const missing = await loadGuide('', undefined, fetchGuide);
    expect(fetchGuide).not.toHaveBeenCalled();
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toBe('缺少事项编号，无法打开办事指南');

    const notFound = errorFromResponse(404, { error: { code: 'not_found', message: '没有找到这个事项，它可能已被取消' } });
    const gone = await loadGuide('x', undefined, async () => {
      throw notFound;
    });
    expect(gone).toEqual({ ok: false, error: notFound });
  });

  test('the loader key holds the matter and the county', () => {
    expect(parseGuideKey(guideKey('g1', '410505'))).toEqual({ id: 'g1', county: '410505' });
    expect(parseGuideKey(guideKey('g1', undefined))).toEqual({ id: 'g1', county: '' });
    expect(guideKey('g1', '410505')).not.toBe(guideKey('g1', '410522'));
  });
});
