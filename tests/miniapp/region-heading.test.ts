// The heading of the region page (src-miniapp/view-models/regionHeading.ts): what the user sees while loading,
// once loaded and after a failure.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { errorFromResponse } from '../../src-miniapp/services/errors';
import type { RegionDetail } from '../../src-miniapp/services/types';
import { DEFAULT_REGION_TITLE, regionHeading, regionPathText } from '../../src-miniapp/view-models/regionHeading';

type LoadState<T> = { data: T | null; error: unknown; loading: boolean };

const quGou: RegionDetail = {
  code: '410505100',
  name: '曲沟镇',
  level: 'township',
  parentCode: '410505',
  path: [
    { code: '4105', name: '安阳市', level: 'city' },
    { code: '410505', name: '殷都区', level: 'county' },
    { code: '410505100', name: '曲沟镇', level: 'township' },
  ],
  childCount: 17,
};

describe('regionHeading: the server name wins over the name in the link', () => {
  const loading: LoadState<RegionDetail> = { data: null, error: null, loading: true };
  const loaded: LoadState<RegionDetail> = { data: quGou, error: null, loading: false };
  const failed: LoadState<RegionDetail> = {
    data: null,
    error: errorFromResponse(404, { error: { code: 'not_found', message: '没有找到这个地区，请重新选择' } }),
    loading: false,
  };

  test('while loading, the link name is an instant placeholder', () => {
    expect(regionHeading(loading, '水冶镇')).toEqual({ title: '水冶镇', path: '' });
    expect(regionHeading(loading, '')).toEqual({ title: DEFAULT_REGION_TITLE, path: '' });
  });

  test('once loaded, a wrong link name is replaced by the real name and path', () => {
    expect(regionHeading(loaded, '水冶镇')).toEqual({ title: '曲沟镇', path: '安阳市 · 殷都区 · 曲沟镇' });
    expect(regionHeading(loaded, '')).toEqual({ title: '曲沟镇', path: '安阳市 · 殷都区 · 曲沟镇' });
  });

  test('after a failure the unverified link name is not shown', () => {
    expect(regionHeading(failed, '水冶镇')).toEqual({ title: DEFAULT_REGION_TITLE, path: '' });
  });

  test('regionPathText falls back to the name when the path is empty', () => {
    expect(regionPathText({ name: '安阳市', path: [{ code: '4105', name: '安阳市', level: 'city' }] })).toBe('安阳市');
    expect(regionPathText({ name: '安阳市', path: [] })).toBe('安阳市');
  });
});
