// The mini-program's login session (src-miniapp/services/sessionStore.ts) and identity rules
// (src-miniapp/services/identity.ts): what is kept, when it ends, which login a build uses, the demo openid,
// checks on what the server sends, and the Chinese labels of staff roles and scopes.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { ApiError, errorFromResponse } from '../../src-miniapp/services/errors';
import {
  DEMO_OPENID_PATTERN,
  demoOpenid,
  isUser,
  parseFamilyList,
  parseLoginResult,
  parseProfile,
  regionPathText,
  residentLoginError,
  residentLoginMethod,
  roleLabel,
  scopeLabel,
  scopePlace,
} from '../../src-miniapp/services/identity';
import {
  EXPIRES_AT_KEY,
  TOKEN_KEY,
  USER_KEY,
  createSessionStore,
  isExpired,
  memoryStorage,
  shouldEndSession,
} from '../../src-miniapp/services/sessionStore';
import type { Profile, ResidentUser, StaffUser } from '../../src-miniapp/services/types';

const profile: Profile = {
  name: '张三',
  idNumber: '4105**********1234',
  phone: '138****5678',
  regionCode: '410505102',
  regionPath: [
    { code: '4105', name: '安阳市' },
    { code: '410505', name: '殷都区' },
    { code: '410505102', name: '水冶镇' },
  ],
  verified: true,
};

const resident: ResidentUser = { id: 'r1', kind: 'resident', role: 'resident', profile };

const clerk: StaffUser = {
  id: 's1',
  kind: 'staff',
  role: 'clerk',
  username: 'clerk-410505102',
  displayName: '水冶镇窗口',
  scope: [{ kind: 'township', regionCode: '410505102', regionName: '水冶镇', departmentCode: null }],
};

const NOW = Date.parse('2026-12-01T08:00:00+08:00');

describe('session store', () => {
  test('logged out until a login is saved; the token is stored under "token" (what http.ts sends)', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    expect(store.read()).toBeNull();
    expect(store.token()).toBe('');

    const saved = store.save({ token: 'tok-1', expiresAt: '2026-12-31T00:00:00+08:00', user: resident });
    expect(saved).toEqual({ token: 'tok-1', expiresAt: '2026-12-31T00:00:00+08:00', user: resident });
    expect(storage.data.get(TOKEN_KEY)).toBe('tok-1');
    expect(storage.data.get(USER_KEY)).toEqual(resident);
    expect(storage.data.get(EXPIRES_AT_KEY)).toBe('2026-12-31T00:00:00+08:00');
    expect(store.read()).toEqual(saved);
    expect(store.token()).toBe('tok-1');
  });

  test('a session saved by an earlier run is read back (new store, same storage)', () => {
    const storage = memoryStorage();
    createSessionStore(storage, () => NOW).save({ token: 'tok-1', expiresAt: null, user: clerk });
    const again = createSessionStore(storage, () => NOW);
    expect(again.read()).toEqual({ token: 'tok-1', expiresAt: null, user: clerk });
  });

  test('an expired token is logged out and removed; an unknown or odd expiry is left to the server', () => {
    const storage = memoryStorage({ [TOKEN_KEY]: 'old', [USER_KEY]: resident, [EXPIRES_AT_KEY]: '2026-11-30T00:00:00Z' });
    const store = createSessionStore(storage, () => NOW);
    expect(store.read()).toBeNull();
    expect(store.token()).toBe('');
    expect(storage.data.size).toBe(0);

    expect(isExpired(null, NOW)).toBe(false);
    expect(isExpired('not a date', NOW)).toBe(false);
    expect(isExpired('2026-12-01T08:00:00+08:00', NOW)).toBe(true);
    expect(isExpired('2026-12-01T08:00:01+08:00', NOW)).toBe(false);
  });

  test('a token with a missing or unreadable user is still a session (the page asks GET /api/me)', () => {
    const store = createSessionStore(memoryStorage({ [TOKEN_KEY]: 'tok', [USER_KEY]: { id: 1 } }), () => NOW);
    expect(store.read()).toEqual({ token: 'tok', expiresAt: null, user: null });
    // …and a user without a token is no session at all
    expect(createSessionStore(memoryStorage({ [USER_KEY]: resident })).read()).toBeNull();
  });

  test('setUser and setProfile update the stored user, only while logged in', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    store.setUser(resident);
    store.setProfile(profile);
    expect(storage.data.size).toBe(0);

    store.save({ token: 't', expiresAt: null, user: { ...resident, profile: { ...profile, verified: false } } });
    store.setProfile(profile);
    expect(store.read()?.user).toEqual(resident);

    store.save({ token: 't2', expiresAt: null, user: clerk });
    store.setProfile(profile); // not a resident: nothing to update
    expect(store.read()?.user).toEqual(clerk);
    store.setUser({ ...clerk, displayName: '新名字' });
    expect(store.read()?.user).toMatchObject({ displayName: '新名字' });
  });

  test('listeners hear logins, updates and logouts, until they unsubscribe', () => {
    const store = createSessionStore(memoryStorage(), () => NOW);
    const listener = jest.fn();
    const stop = store.subscribe(listener);
    store.save({ token: 't', expiresAt: null, user: resident });
    store.setProfile(profile);
    store.clear();
    expect(listener).toHaveBeenCalledTimes(3);
    store.clear(); // nothing left to clear: no news
    expect(listener).toHaveBeenCalledTimes(3);
    stop();
    store.save({ token: 't', expiresAt: null, user: resident });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  test('a 401 to a request sent with the token ends the session; other answers do not', () => {
    const unauthenticated = errorFromResponse(401, {
      error: { code: 'unauthenticated', message: '请先登录', requestId: 'r' },
    });
    expect(shouldEndSession(unauthenticated, 'tok')).toBe(true);
    // A wrong staff password is a 401 too, but login requests carry no token: the session stays.
    const badPassword = errorFromResponse(401, {
      error: { code: 'bad_credentials', message: '用户名或密码不正确', requestId: 'r' },
    });
    expect(shouldEndSession(badPassword, '')).toBe(false);
    expect(shouldEndSession(errorFromResponse(403, null), 'tok')).toBe(false);
    expect(shouldEndSession(errorFromResponse(500, null), 'tok')).toBe(false);
    expect(shouldEndSession(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '网络' }), 'tok')).toBe(false);
  });

  test('rejected(token) clears the session, unless a newer login replaced that token meanwhile', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    const listener = jest.fn();
    store.subscribe(listener);
    store.save({ token: 'old', expiresAt: null, user: resident });
    store.save({ token: 'new', expiresAt: null, user: resident });
    store.rejected('old'); // an answer to a request sent before the new login
    expect(store.token()).toBe('new');
    store.rejected('');
    expect(store.token()).toBe('new');
    store.rejected('new');
    expect(store.read()).toBeNull();
    expect(storage.data.size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe('resident login', () => {
  test('WeChat in the mini-program, the demo login everywhere else', () => {
    expect(residentLoginMethod('weapp')).toBe('wechat');
    expect(residentLoginMethod('h5')).toBe('demo');
    expect(residentLoginMethod(undefined)).toBe('demo');
  });

  test('the demo openid is kept while valid, otherwise a new h5- one the server accepts', () => {
    expect(demoOpenid('h5-abc123', Math.random)).toBe('h5-abc123');
    const made = demoOpenid(undefined, () => 0.5);
    expect(made).toMatch(/^h5-[a-z0-9]{24}$/);
    expect(made).toMatch(DEMO_OPENID_PATTERN);
    expect(demoOpenid('', () => 0)).toBe(`h5-${'a'.repeat(24)}`);
    expect(demoOpenid('bad id!', () => 0.999999)).toMatch(/^h5-9{24}$/);
    expect(demoOpenid(42, Math.random)).toMatch(/^h5-/);
    // Two browsers get two residents.
    expect(demoOpenid(undefined, Math.random)).not.toBe(demoOpenid(undefined, Math.random));
  });

  test('a 404 from the demo login says the demo login is off; other errors keep their message', () => {
    const notFound = errorFromResponse(404, { error: { code: 'not_found', message: '请求的地址不存在', requestId: 'r' } });
    expect(residentLoginError(notFound, 'demo').message).toBe('当前服务未开启演示登录，请在微信小程序中登录');
    expect(residentLoginError(notFound, 'wechat')).toBe(notFound);
    const limited = errorFromResponse(429, { error: { code: 'rate_limited', message: '操作过于频繁', requestId: 'r' } });
    expect(residentLoginError(limited, 'demo')).toBe(limited);
  });
});

describe('what the server sends', () => {
  test('login results, users and profiles are checked; anything else is BAD_RESPONSE', () => {
    expect(parseLoginResult({ token: 't', expiresAt: '2026-12-31T00:00:00Z', user: resident })).toEqual({
      token: 't',
      expiresAt: '2026-12-31T00:00:00Z',
      user: resident,
    });
    expect(parseLoginResult({ token: 't', user: clerk }).expiresAt).toBeNull();
    for (const bad of [null, {}, { token: '', user: resident }, { token: 't', user: { ...resident, kind: 'x' } }]) {
      expect(() => parseLoginResult(bad)).toThrow(expect.objectContaining({ code: 'BAD_RESPONSE' }));
    }
    expect(isUser(clerk)).toBe(true);
    expect(isUser({ ...clerk, scope: [{ kind: 'township' }] })).toBe(false);
    expect(isUser({ ...resident, profile: { ...profile, verified: 'yes' } })).toBe(false);
    const empty = { name: null, idNumber: null, phone: null, regionCode: null, regionPath: [], verified: false };
    expect(parseProfile(empty)).toEqual(empty);
    expect(() => parseProfile({ ...empty, regionPath: null })).toThrow('服务返回的数据格式不正确');
  });

  test('family lists', () => {
    const member = {
      id: 'f1', name: '李四', relation: '配偶', idNumber: '4105**********1234', createdAt: '2026-12-01T08:00:00+08:00',
      status: 'active', bindMethod: 'confirmed', boundAt: '2026-12-02T08:00:00+08:00',
    };
    expect(parseFamilyList([member])).toEqual([member]);
    expect(() => parseFamilyList([{ ...member, status: 'verified' }])).toThrow('服务返回的数据格式不正确');
    expect(parseFamilyList([])).toEqual([]);
    expect(() => parseFamilyList({ items: [member] })).toThrow('服务返回的数据格式不正确');
    expect(() => parseFamilyList([{ ...member, id: 1 }])).toThrow('服务返回的数据格式不正确');
  });
});

describe('labels', () => {
  test('roles in Chinese', () => {
    expect(roleLabel('clerk')).toBe('窗口人员');
    expect(roleLabel('township_lead')).toBe('乡镇分管领导');
    expect(roleLabel('county_admin')).toBe('县级管理员');
    expect(roleLabel('city_admin')).toBe('市级管理员');
    expect(roleLabel('someone_new')).toBe('工作人员');
  });

  const path = [
    { code: '4105', name: '安阳市' },
    { code: '410505', name: '殷都区' },
    { code: '410505102', name: '水冶镇' },
  ];

  test('scopes: the place below the city and what the office is', () => {
    const township = clerk.scope[0];
    expect(scopeLabel(township, path)).toBe('殷都区 · 水冶镇 便民服务中心');
    // Before the region's path is known: its own name.
    expect(scopeLabel(township)).toBe('水冶镇 便民服务中心');
    expect(scopeLabel({ kind: 'county', regionCode: '410505', regionName: '殷都区', departmentCode: null }, path.slice(0, 2))).toBe(
      '殷都区 全县',
    );
    expect(scopeLabel({ kind: 'city', regionCode: '4105', regionName: '安阳市', departmentCode: null }, path.slice(0, 1))).toBe(
      '安阳市 全市',
    );
    expect(
      scopeLabel(
        { kind: 'village', regionCode: '410505102201', regionName: '东街村', departmentCode: null },
        [...path, { code: '410505102201', name: '东街村' }],
      ),
    ).toBe('殷都区 · 水冶镇 · 东街村 便民服务站');
    expect(
      scopeLabel({ kind: 'county_department', regionCode: '410505', regionName: '殷都区', departmentCode: 'rsj' }, path.slice(0, 2)),
    ).toBe('殷都区 县直部门（部门代码 rsj）');
    expect(scopePlace({ kind: 'township', regionName: '水冶镇' }, [])).toBe('水冶镇');
  });

  test('region path of a profile', () => {
    expect(regionPathText(path)).toBe('安阳市 · 殷都区 · 水冶镇');
    expect(regionPathText([])).toBe('');
  });
});
