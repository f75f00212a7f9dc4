// The mini-program's material upload (src-miniapp/services/uploads.ts): a JPEG photo is compressed before it is
// sent with the token; a compression failure sends the original; a large non-photo is refused before sending.
const storage = new Map<string, unknown>();
const taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => storage.set(key, value),
  removeStorageSync: (key: string) => storage.delete(key),
  compressImage: jest.fn(async ({ src }: { src: string }) => ({ tempFilePath: `${src}.small.jpg` })),
  uploadFile: jest.fn(async () => ({
    statusCode: 201,
    data: JSON.stringify({ id: 'u1', mime: 'image/jpeg', size: 1000, sha256: 'ab', fileName: 'a.jpg', width: 10, height: 10, hasPreview: true, createdAt: '2026-03-02T02:00:00.000Z' }),
  })),
};
// A getter: the imports below are hoisted above `taro`, which the modules read only when called.
jest.mock('@tarojs/taro', () => ({ __esModule: true, get default() { return taro; } }));

import { uploadMaterial } from '../../src-miniapp/services/uploads';
import { session } from '../../src-miniapp/services/store';

const env = process.env.TARO_ENV;
beforeAll(() => {
  process.env.TARO_ENV = 'weapp';
  session.save({ token: 'tok', expiresAt: null, user: { id: 'r1', kind: 'resident', role: 'resident', profile: { name: null, idNumber: null, phone: null, regionCode: null, regionPath: [], verified: false } } } as never);
});
afterAll(() => {
  process.env.TARO_ENV = env;
});
beforeEach(() => jest.clearAllMocks());

test('a JPEG photo is compressed (quality 80) and sent as field `file` with the bearer token', async () => {
  const upload = await uploadMaterial({ name: '户口簿.jpg', size: 5_000_000, path: 'wxfile://tmp_1.jpg' });
  expect(upload.id).toBe('u1');
  expect(taro.compressImage).toHaveBeenCalledWith({ src: 'wxfile://tmp_1.jpg', quality: 80 });
  expect(taro.uploadFile).toHaveBeenCalledWith(expect.objectContaining({
    url: expect.stringMatching(/\/api\/uploads$/), filePath: 'wxfile://tmp_1.jpg.small.jpg', name: 'file',
    header: expect.objectContaining({ Authorization: 'Bearer tok' }), formData: { filename: '户口簿.jpg' },
  }));
});

test('a PDF is sent as it is; one over 10 MB is refused before sending', async () => {
  await uploadMaterial({ name: '证明.pdf', size: 300_000, path: 'wxfile://tmp_2.pdf' });
  expect(taro.compressImage).not.toHaveBeenCalled();
  await expect(uploadMaterial({ name: '大.pdf', size: 11 * 1024 * 1024, path: 'wxfile://tmp_3.pdf' })).rejects.toMatchObject({ status: 413, message: '文件不能超过 10 MB' });
  expect(taro.uploadFile).toHaveBeenCalledTimes(1);
});

test('when compression fails the original photo is sent', async () => {
  taro.compressImage.mockRejectedValueOnce(new Error('not supported'));
  await uploadMaterial({ name: 'a.jpg', size: 1000, path: 'wxfile://tmp_4.jpg' });
  expect(taro.uploadFile).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://tmp_4.jpg' }));
});
