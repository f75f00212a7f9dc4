// The mini-program's error model (src-miniapp/services/errors.ts): which sentence the user sees and whether a
// 「重试」 can help. Plain TypeScript: no Taro, no renderer.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  ApiError,
  detailMessages,
  errorAction,
  errorFromResponse,
  fallbackMessage,
  isApiError,
  isRetryable,
  networkError,
  toApiError,
  userMessage,
} from '../../src-miniapp/services/errors';

const GENERIC_INVALID = '提交的内容有误，请按提示修改后重试';

/** An error body as the server sends it (src-server/platform/errors.ts). */
function body(code: string, message: string, details?: { field: string; message: string }[]) {
  return { error: { code, message, ...(details ? { details } : {}), requestId: 'req-1' } };
}

describe('errorFromResponse: the sentence to show', () => {
  test('invalid_input shows the detail message instead of the generic one', () => {
    const error = errorFromResponse(
      400,
      body('invalid_input', GENERIC_INVALID, [{ field: 'params.code', message: '地区代码应为 4、6、9 或 12 位数字' }]),
    );
    expect(error.message).toBe('地区代码应为 4、6、9 或 12 位数字');
    expect(error.message).not.toContain('提交的内容有误');
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', requestId: 'req-1', name: 'ApiError' });
    // The server's own body is kept, generic message included, for logs and programs.
    expect(error.body?.error.message).toBe(GENERIC_INVALID);
    expect(error.details).toEqual([{ field: 'params.code', message: '地区代码应为 4、6、9 或 12 位数字' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
  });

  test('several details are joined once each, in order, without blank ones', () => {
    const error = errorFromResponse(
      400,
      body('invalid_input', GENERIC_INVALID, [
        { field: 'query.parent', message: '地区代码应为 4、6、9 或 12 位数字' },
        { field: 'query.page', message: ' 页码应为正整数 ' },
        { field: 'query.other', message: '地区代码应为 4、6、9 或 12 位数字' },
        { field: 'query.blank', message: '   ' },
      ]),
    );
    expect(error.message).toBe('地区代码应为 4、6、9 或 12 位数字；页码应为正整数');
  });

  test('invalid_input without usable details keeps the server message', () => {
    expect(errorFromResponse(400, body('invalid_input', GENERIC_INVALID)).message).toBe(GENERIC_INVALID);
    expect(errorFromResponse(400, body('invalid_input', GENERIC_INVALID, [])).message).toBe(GENERIC_INVALID);
    const odd = { error: { code: 'invalid_input', message: GENERIC_INVALID, details: 'not a list' } };
    expect(errorFromResponse(400, odd).message).toBe(GENERIC_INVALID);
  });

  test('other codes keep their own (already specific) message, details or not', () => {
    expect(errorFromResponse(404, body('not_found', '没有找到这个地区，请重新选择')).message).toBe(
      '没有找到这个地区，请重新选择',
    );
    const rule = body('quota_exceeded', '今日预约已满，请明天再来', [{ field: 'date', message: '日期不可用' }]);
    expect(errorFromResponse(422, rule).message).toBe('今日预约已满，请明天再来');
  });

  test('an answer without an error body gets a Chinese fallback for its status', () => {
    const badGateway = errorFromResponse(502, '<html>Bad Gateway</html>');
    expect(badGateway).toMatchObject({ status: 502, code: 'HTTP_502', message: '服务暂时不可用，请稍后重试' });
    expect(badGateway.body).toBeUndefined();
    expect(errorFromResponse(404, null)).toMatchObject({ code: 'HTTP_404', message: '请求的内容不存在' });
    expect(errorFromResponse(418, { error: 'teapot' }).message).toBe('请求失败（状态码 418）');
    expect(fallbackMessage(429)).toBe('操作过于频繁，请稍后再试');
  });

  test('detailMessages and userMessage on their own', () => {
    expect(detailMessages(undefined)).toEqual([]);
    expect(detailMessages([null, 3, { field: 'a' }, { message: 7 }, { message: '甲' }])).toEqual(['甲']);
    expect(userMessage({ code: 'invalid_input', message: GENERIC_INVALID, details: [{ field: 'x', message: '乙' }] })).toBe('乙');
    expect(userMessage({ code: 'internal', message: '  ' })).toBe('请求失败，请稍后再试');
  });
});

describe('networkError and toApiError', () => {
  test('a weapp timeout (errMsg) and an H5 abort are TIMEOUT', () => {
    const weapp = networkError({ errMsg: 'request:fail timeout' });
    expect(weapp).toMatchObject({ status: 0, code: 'TIMEOUT', message: '请求超时，请检查网络后重试' });
    expect(weapp.details).toBe('request:fail timeout');
    const h5 = networkError(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }));
    expect(h5.code).toBe('TIMEOUT');
  });

  test('any other failure without an answer is NETWORK_ERROR', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
    expect(error.details).toBe('Failed to fetch');
    expect(networkError().code).toBe('NETWORK_ERROR');
  });

  test('toApiError keeps an ApiError and wraps anything else as UNEXPECTED_ERROR', () => {
    const apiError = errorFromResponse(404, body('not_found', '没有找到'));
    expect(toApiError(apiError)).toBe(apiError);
    const wrapped = toApiError(new RangeError('boom'));
    expect(wrapped).toMatchObject({ status: 0, code: 'UNEXPECTED_ERROR', details: 'boom' });
    expect(wrapped.message).toMatch(/加载失败/);
    expect(toApiError('text').details).toBeUndefined();
  });
});

describe('isRetryable and errorAction: 「重试」 only when asking again can help', () => {
  const fromStatus = (status: number) => errorFromResponse(status, body(`code_${status}`, '出错了'));

  test.each([500, 502, 503, 504, 429, 408])('HTTP %i is retryable', (status) => {
    expect(isRetryable(fromStatus(status))).toBe(true);
    expect(errorAction(fromStatus(status))).toBe('retry');
    expect(errorAction(fromStatus(status), { onHomePage: true })).toBe('retry');
  });

  test.each([400, 401, 403, 404, 405, 409, 413, 422])('HTTP %i is not: 返回首页 instead', (status) => {
    expect(isRetryable(fromStatus(status))).toBe(false);
    expect(errorAction(fromStatus(status))).toBe('home');
  });

  test('no answer at all (network failure, timeout) is retryable', () => {
    expect(errorAction(networkError({ errMsg: 'request:fail' }))).toBe('retry');
    expect(errorAction(networkError({ errMsg: 'request:fail timeout' }))).toBe('retry');
  });

  test('local failures that would happen again are not', () => {
    expect(errorAction(toApiError(new Error('bug')))).toBe('home');
    expect(errorAction(new ApiError({ status: 0, code: 'MISSING_CODE', message: '缺少地区编码' }))).toBe('home');
    expect(errorAction(new ApiError({ status: 200, code: 'BAD_RESPONSE', message: '格式不正确' }))).toBe('home');
  });

  test('the home page offers no 「返回首页」 to itself', () => {
    expect(errorAction(fromStatus(404), { onHomePage: true })).toBe('none');
  });

  test('the two problems of the region page: ?code=abc and an unknown code', () => {
    const malformed = errorFromResponse(
      400,
      body('invalid_input', GENERIC_INVALID, [{ field: 'params.code', message: '地区代码应为 4、6、9 或 12 位数字' }]),
    );
    expect([malformed.message, errorAction(malformed)]).toEqual(['地区代码应为 4、6、9 或 12 位数字', 'home']);
    const unknown = errorFromResponse(404, body('not_found', '没有找到这个地区，请重新选择'));
    expect([unknown.message, errorAction(unknown)]).toEqual(['没有找到这个地区，请重新选择', 'home']);
  });
});
