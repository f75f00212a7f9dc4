// Renderer-free rules behind the catalog hooks (src-miniapp/view-models/matterPages.ts): every published matter a
// page of 100 at a time, the paged list of a department or topic (「加载更多」), and one guide per county.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  fetchAllMatters,
  fetchGuide,
  LIST_PAGE_SIZE,
  listQuery,
  matterList,
  pageQuery,
} from '../../src-miniapp/view-models/matterPages';
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

describe('fetchAllMatters', () => {
  test('376 matters: the first page, then the three others, 100 each, in order', async () => {
    const { fetchPage, calls } = fakeServer(376);
    const all = await fetchAllMatters(fetchPage);
    expect(all).toHaveLength(376);
    expect(all[375].id).toBe('m376');
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3, 4]);
    expect(calls.every((c) => c.pageSize === 100)).toBe(true);
  });

  test('filters go with every page; one page is enough when it holds everything', async () => {
    const { fetchPage, calls } = fakeServer(40);
    expect(await fetchAllMatters(fetchPage, { online: true })).toHaveLength(40);
    expect(calls).toEqual([{ online: true, page: 1, pageSize: 100 }]);
  });

  test('a matter on two pages (the catalog changed meanwhile) is kept once', async () => {
    const fetchPage = jest.fn(async (q: MatterQuery): Promise<MatterPage> =>
      q.page === 1
        ? { items: [matter(1), matter(2)], total: 101, page: 1, pageSize: 100 }
        : { items: [matter(2), matter(3)], total: 101, page: 2, pageSize: 100 },
    );
    expect((await fetchAllMatters(fetchPage)).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  test('a failing page fails the whole load with its ApiError', async () => {
    const fetchPage = jest.fn(async (q: MatterQuery): Promise<MatterPage> => {
      if (q.page === 2) throw networkError({ errMsg: 'request:fail' });
      return { items: [matter(1)], total: 150, page: 1, pageSize: 100 };
    });
    await expect(fetchAllMatters(fetchPage)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: '网络连接失败，请检查网络后重试',
    });
  });
});

describe('the paged list (加载更多)', () => {
  const page = (from: number, count: number, total: number, n: number): MatterPage => ({
    items: Array.from({ length: count }, (_, i) => matter(from + i)),
    total,
    page: n,
    pageSize: LIST_PAGE_SIZE,
  });

  test('the filter of a department or a topic, with or without 只看可掌上办; no filter asks nothing', () => {
    expect(listQuery({ kind: 'topic', topic: '残疾人' }, false)).toEqual({ topic: '残疾人' });
    expect(listQuery({ kind: 'department', code: 'mz', name: '民政局' }, true)).toEqual({ department: 'mz', online: true });
    expect(listQuery(null, true)).toBeNull();
  });

  test('pages of 20 are added until all are shown', () => {
    const filter = { topic: '残疾人' };
    expect(matterList([])).toEqual({ items: [], total: null, hasMore: false });
    expect(pageQuery(filter, 0, null)).toEqual({ topic: '残疾人', page: 1, pageSize: LIST_PAGE_SIZE });

    const first = page(1, 20, 27, 1);
    expect(matterList([first])).toMatchObject({ total: 27, hasMore: true });
    expect(pageQuery(filter, 1, first)?.page).toBe(2);

    const second = page(21, 7, 27, 2);
    const list = matterList([first, second]);
    expect(list.items).toHaveLength(27);
    expect(list.hasMore).toBe(false);
    expect(pageQuery(filter, 2, second)).toBeNull();
  });

  test('an empty list is complete at once', () => {
    const empty = page(1, 0, 0, 1);
    expect(matterList([empty])).toEqual({ items: [], total: 0, hasMore: false });
    expect(pageQuery({}, 1, empty)).toBeNull();
  });

  test('matters already shown are not repeated; a list that stops growing does not ask forever', () => {
    const first = page(1, 20, 45, 1);
    const again = { ...first, page: 2 };
    let list = matterList([first, again]);
    expect(list.items).toHaveLength(20);
    expect(list.hasMore).toBe(true);
    const empty = page(1, 0, 45, 3);
    list = matterList([first, again, empty]);
    expect(list.hasMore).toBe(false);
    expect(pageQuery({}, 3, empty)).toBeNull();
  });
});

describe('one guide', () => {
  const guide = { id: 'g1', name: '残疾人证新办' } as Guide;

  test('asked for with the county; no county leaves the choice to the server', async () => {
    const get = jest.fn(async () => guide);
    expect(await fetchGuide('g1', '410505', get)).toBe(guide);
    expect(get).toHaveBeenLastCalledWith('g1', '410505');
    await fetchGuide('g1', '', get);
    expect(get).toHaveBeenLastCalledWith('g1', undefined);
  });

  test('no id fails at once; a 404 comes back as its message', async () => {
    const get = jest.fn();
    await expect(fetchGuide('', undefined, get)).rejects.toMatchObject({ message: '缺少事项编号，无法打开办事指南' });
    expect(get).not.toHaveBeenCalled();

    const notFound = errorFromResponse(404, { error: { code: 'not_found', message: '没有找到这个事项，它可能已被取消' } });
    await expect(
      fetchGuide('x', undefined, async () => {
        throw notFound;
      }),
    ).rejects.toBe(notFound);
  });
});
