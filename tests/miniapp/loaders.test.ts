// Renderer-free loading behind the mini-program's hooks (src-miniapp/view-models/load*.ts) and the heading of the
// region page: what the user sees while loading, once loaded and after a failure.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { ApiError, errorFromResponse, networkError } from '../../src-miniapp/services/errors';
import type { Region, RegionDetail } from '../../src-miniapp/services/types';
import { initialLoadState, loadByCode, settleLoadState, type LoadState } from '../../src-miniapp/view-models/load';
import {
  DEFAULT_REGION_TITLE,
  loadRegion,
  regionHeading,
  regionPathText,
} from '../../src-miniapp/view-models/loadRegion';
import { loadRegions, settleRegionsState } from '../../src-miniapp/view-models/loadRegions';

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

const villages: Region[] = [
  { code: '410505100201', name: '曲沟村民委员会', level: 'village' },
  { code: '410505100202', name: '南曲沟村民委员会', level: 'village' },
];

describe('loadByCode / loadRegions / loadRegion', () => {
  test('an empty code fails at once, without asking the server, and is not retryable', async () => {
    const fetch = jest.fn();
    const result = await loadRegions('', fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'MISSING_CODE', message: '缺少地区编码，无法加载' });
  });

  test('a successful fetch gives its data, asked for with the code', async () => {
    const fetch = jest.fn(async () => villages);
    expect(await loadRegions('410505100', fetch)).toEqual({ ok: true, data: villages });
    expect(fetch).toHaveBeenCalledWith('410505100');

    const fetchRegion = jest.fn(async () => quGou);
    expect(await loadRegion('410505100', fetchRegion)).toEqual({ ok: true, data: quGou });
    expect(fetchRegion).toHaveBeenCalledWith('410505100');
  });

  test('a rejected fetch comes back as its ApiError, never as a throw', async () => {
    const apiError = errorFromResponse(400, {
      error: {
        code: 'invalid_input',
        message: '提交的内容有误，请按提示修改后重试',
        details: [{ field: 'params.code', message: '地区代码应为 4、6、9 或 12 位数字' }],
      },
    });
    const result = await loadRegion('abc', async () => {
      throw apiError;
    });
    expect(result).toEqual({ ok: false, error: apiError });
  });

  test('anything else thrown becomes an UNEXPECTED_ERROR ApiError', async () => {
    const result = await loadByCode('4105', async () => {
      throw new TypeError('x is undefined');
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ApiError);
    expect(result.error).toMatchObject({ code: 'UNEXPECTED_ERROR', details: 'x is undefined' });
  });

  test('settled states', async () => {
    expect(initialLoadState()).toEqual({ data: null, error: null, loading: true });
    expect(settleRegionsState({ ok: true, data: villages })).toEqual({ data: villages, error: null, loading: false });
    const error = networkError();
    expect(settleLoadState({ ok: false, error })).toEqual({ data: null, error, loading: false });
  });
});

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
