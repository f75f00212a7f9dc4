// H5 root font size (src-miniapp/rootFontSize.ts): the rule of Taro's inline template script, which the
// server's Content-Security-Policy blocks, so the app bundle applies it instead.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { rootFontSize } from '../../src-miniapp/rootFontSize';

test('40px per 750px of the shorter side, kept between 20px and 40px', () => {
  expect(rootFontSize(390, 844)).toBeCloseTo(20.8);
  expect(rootFontSize(750, 1334)).toBe(40);
  expect(rootFontSize(844, 390)).toBeCloseTo(20.8);
  expect(rootFontSize(320, 568)).toBe(20);
  expect(rootFontSize(1920, 1080)).toBe(40);
  expect(rootFontSize(0, 0)).toBe(40);
  expect(rootFontSize(390, 0)).toBeCloseTo(20.8);
});
