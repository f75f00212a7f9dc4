// H5 set-up under the server's Content-Security-Policy (src-miniapp/h5.ts): the root font size rule of Taro's
// inline template script (blocked by the policy, so the bundle applies it), and which links are `javascript:`.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { isScriptLink, rootFontSize } from '../../src-miniapp/h5';

test('root font size: 40px per 750px of the shorter side, kept between 20px and 40px', () => {
  expect(rootFontSize(390, 844)).toBeCloseTo(20.8);
  expect(rootFontSize(750, 1334)).toBe(40);
  expect(rootFontSize(844, 390)).toBeCloseTo(20.8);
  expect(rootFontSize(320, 568)).toBe(20);
  expect(rootFontSize(1920, 1080)).toBe(40);
  expect(rootFontSize(0, 0)).toBe(40);
  expect(rootFontSize(390, 0)).toBeCloseTo(20.8);
});

test('script links (Taro tab bar items) are recognised; real links are not', () => {
  expect(isScriptLink('javascript:;')).toBe(true);
  expect(isScriptLink(' JavaScript:void(0)')).toBe(true);
  expect(isScriptLink('/pages/me/index')).toBe(false);
  expect(isScriptLink('https://example.cn/')).toBe(false);
  expect(isScriptLink(null)).toBe(false);
});
