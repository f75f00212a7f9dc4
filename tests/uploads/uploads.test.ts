// Uploads: type by content, size limit, sha256 and preview, and who may read a file back (the uploader, the
// resident whose case uses it, staff of the queue holding that case; everyone else 404).
import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { jpeg, pdf, png, pngClaiming, zip } from '../support/files';
import { bearer, residentToken, staff, staffToken, townshipX, townshipY } from '../support/people';

const MB = 1024 * 1024;
const clock = manualClock('2026-03-02T02:00:00Z');
let t: TestApp;
let residentA: { token: string; id: string };
let residentB: { token: string; id: string };
let clerkX: string;
let clerkY: string;
let countyAdmin: string;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, clock });
  residentA = await residentToken(t, 'uploads-a');
  residentB = await residentToken(t, 'uploads-b');
  clerkX = await staffToken(t, staff.clerkX);
  clerkY = await staffToken(t, staff.clerkY);
  countyAdmin = await staffToken(t, staff.countyAdmin);
  await t.db.prisma.queue.create({ data: { id: `township:${townshipX}`, kind: 'township', regionCode: townshipX, countyCode: townshipX.slice(0, 6), name: '梅园庄街道便民服务中心' } });
});
afterAll(() => t.close());

const send = (token: string | null, bytes: Buffer, name: string, field = 'file') => {
  const req = t.request.post('/api/uploads');
  if (token) req.set(bearer(token));
  return req.attach(field, bytes, name);
};
const uploadAs = async (token: string, bytes: Buffer, name: string): Promise<string> => {
  clock.advance(1000);
  return (await send(token, bytes, name).expect(201)).body.id;
};
const get = (path: string, token?: string) => {
  const req = t.request.get(path).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return token ? req.set(bearer(token)) : req;
};

const rows = async () => ({
  uploads: await t.db.prisma.upload.count(),
  files: await t.db.prisma.storedFile.count(),
  audits: await t.db.prisma.auditEvent.count({ where: { action: 'upload.create' } }),
});

let caseNo = 0;
/** A case in township X's queue, inserted directly: the applications module is not needed to test access. */
async function caseUsing(input: { material?: string; resultFile?: string; ownerResidentId: string | null }) {
  caseNo += 1;
  const now = clock.now();
  return t.db.prisma.application.create({
    data: {
      receiptNo: `410505-20260302-${String(caseNo).padStart(6, '0')}`, idempotencyScope: 'test', idempotencyKey: `uploads-${caseNo}`, requestHash: 'h',
      matterId: randomUUID(), catalogVersion: 1, matterName: '城乡居民最低生活保障给付', departmentCode: 'mz',
      ownerResidentId: input.ownerResidentId, filedAs: 'self', applicantName: '张三', applicantIdEnc: 'x', applicantIdHash: 'x', applicantIdMasked: 'x',
      regionCode: townshipX, countyCode: '410505', formEnc: 'x', formMasked: {}, queueId: `township:${townshipX}`,
      routeReasonCode: 'delegated', routeReason: '测试', submittedAt: now, submittedDate: now, acceptDue: now, promiseDays: 5, instant: false,
      outcome: input.resultFile ? { kind: 'finished', fileUploadId: input.resultFile } : undefined,
      materials: input.material ? { create: { materialId: 'm1', materialName: '户口簿', uploadId: input.material } } : undefined,
    },
  });
}

describe('POST /api/uploads', () => {
  it('takes a JPEG: sha256 of the bytes, size, dimensions and a small JPEG preview', async () => {
    const bytes = await jpeg(1200, 800);
    const res = await send(residentA.token, bytes, '身份证正面.jpg').expect(201);
    expect(res.body).toEqual({
      id: expect.any(String), mime: 'image/jpeg', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: '身份证正面.jpg', width: 1200, height: 800, hasPreview: true, createdAt: clock.now().toISOString(),
    });
    const preview = await get(`/api/uploads/${res.body.id}/preview`, residentA.token).expect(200).expect('Content-Type', 'image/jpeg');
    const meta = await sharp(preview.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 213 });
    expect(await t.db.prisma.auditEvent.findFirst({ where: { action: 'upload.create', subjectId: res.body.id } })).toMatchObject({ actorKind: 'resident', actorId: residentA.id });
  });

  it('takes a PNG (by its content, whatever its name) and a PDF; a PDF has no preview', async () => {
    const image = await send(residentA.token, await png(600, 900), 'scan').expect(201);
    expect(image.body).toMatchObject({ mime: 'image/png', width: 600, height: 900, hasPreview: true, fileName: 'scan' });
    const doc = await send(residentA.token, pdf(), '病历.pdf').expect(201);
    expect(doc.body).toMatchObject({ mime: 'application/pdf', width: null, height: null, hasPreview: false });
    await get(`/api/uploads/${doc.body.id}/preview`, residentA.token).expect(404);
  });

  it('gives a photo taken sideways its size as shown (EXIF orientation applied), and so its preview', async () => {
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#888' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const res = await send(residentA.token, sideways, 'sideways.jpg').expect(201);
    expect(res.body).toMatchObject({ width: 200, height: 400 });
    const preview = await get(`/api/uploads/${res.body.id}/preview`, residentA.token).expect(200);
    expect(await sharp(preview.body as Buffer).metadata()).toMatchObject({ width: 160, height: 320 });
  });

  it('stores a photo without its EXIF (where and when it was taken, which phone), turned as it was held', async () => {
    const located = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 21/1 0/1' } })
      .toBuffer();
    expect(await sharp(located).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });
    const res = await send(residentA.token, located, 'located.jpg').expect(201);
    const stored = (await get(`/api/uploads/${res.body.id}`, residentA.token).expect(200)).body as Buffer;
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 400 });
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(res.body).toMatchObject({ size: stored.length, sha256: createHash('sha256').update(stored).digest('hex'), width: 200, height: 400 });
  });

  it('keeps only the last part of a path the phone sends as the name', async () => {
    const res = await send(residentA.token, pdf(), 'wxfile://tmp_abc/证明.pdf').expect(201);
    expect(res.body.fileName).toBe('证明.pdf');
  });

  it('accepts a file of exactly 10 MB', async () => {
    const bytes = pdf(10 * MB);
    const res = await send(residentA.token, bytes, 'big.pdf').expect(201);
    expect(res.body.size).toBe(10 * MB);
    const back = await get(`/api/uploads/${res.body.id}`, residentA.token).expect(200);
    expect(Buffer.compare(back.body as Buffer, bytes)).toBe(0);
  });

  it('refuses a ZIP named .png (415), an 11 MB file, a file just over 10 MB and a 400-megapixel PNG (413), and writes nothing', async () => {
    const before = await rows();
    const zipRes = await send(residentA.token, zip(), 'photo.png').expect(415);
    expect(zipRes.body.error.message).toMatch(/JPG.*PNG.*PDF/);
    const text = await send(residentA.token, Buffer.from('只是一段文字'), 'note.jpg').expect(415);
    expect(text.body.error.code).toBe('unsupported_media_type');
    const huge = await send(residentA.token, Buffer.alloc(11 * MB, 1), 'huge.jpg').expect(413);
    expect(huge.body.error.message).toBe('文件不能超过 10 MB');
    // Within the room left for multipart framing: refused while reading, not by the declared length.
    const over = await send(residentA.token, pdf(10 * MB + 1024), 'over.pdf').expect(413);
    expect(over.body.error.message).toBe('文件不能超过 10 MB');
    const broken = await send(residentA.token, (await jpeg()).subarray(0, 200), 'broken.jpg').expect(415);
    expect(broken.body.error.message).toMatch(/图片无法读取/);
    // 400 megapixels in a few hundred bytes: refused from the header, never decoded.
    const bomb = await send(residentA.token, await pngClaiming(20_000), 'bomb.png').expect(413);
    expect(bomb.body.error.message).toMatch(/像素过多/);
    expect(await rows()).toEqual(before);
  });

  it('answers 400 naming the field when there is no file field, and 415 for a body that is not multipart', async () => {
    const res = await send(residentA.token, pdf(), 'a.pdf', 'photo').expect(400);
    expect(res.body.error.details).toEqual([{ field: 'file', message: '请选择要上传的文件' }]);
    await t.request.post('/api/uploads').set(bearer(residentA.token)).send({ file: 'x' }).expect(415);
    await send(residentA.token, Buffer.alloc(0), 'empty.pdf').expect(400);
  });

  it('needs a signed-in caller', async () => {
    await send(null, pdf(), 'a.pdf').expect(401);
  });
});

describe('GET /api/uploads/:id', () => {
  let photo: Buffer;
  let photoId: string;
  beforeAll(async () => {
    photo = await jpeg(640, 480);
    photoId = await uploadAs(residentA.token, photo, '户口簿.jpg');
  });

  it('gives the uploader the bytes with type, inline name, ETag and a private cache rule; a matching ETag is 304', async () => {
    const res = await get(`/api/uploads/${photoId}`, residentA.token).expect(200);
    expect(Buffer.compare(res.body as Buffer, photo)).toBe(0);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename=.*filename\*=UTF-8''%E6%88%B7%E5%8F%A3%E7%B0%BF\.jpg$/);
    expect(res.headers.etag).toBe(`"${createHash('sha256').update(photo).digest('hex')}"`);
    expect(res.headers['cache-control']).toMatch(/^private/);
    await get(`/api/uploads/${photoId}`, residentA.token).set('If-None-Match', res.headers.etag).expect(304);
  });

  it('is 404 for another resident, for staff without a case using it, and for an unknown id; 401 signed out', async () => {
    await get(`/api/uploads/${photoId}`, residentB.token).expect(404);
    await get(`/api/uploads/${photoId}/preview`, residentB.token).expect(404);
    await get(`/api/uploads/${photoId}`, clerkX).expect(404);
    await get(`/api/uploads/${photoId}`, countyAdmin).expect(404);
    await get(`/api/uploads/${randomUUID()}`, residentA.token).expect(404);
    await get(`/api/uploads/${photoId}`).expect(401);
  });

  it('opens to staff whose scope covers the queue of a case using it, and audits each view', async () => {
    const own = await caseUsing({ material: photoId, ownerResidentId: residentA.id });
    const res = await get(`/api/uploads/${photoId}`, clerkX).expect(200);
    expect(Buffer.compare(res.body as Buffer, photo)).toBe(0);
    await get(`/api/uploads/${photoId}/preview`, countyAdmin).expect(200);
    // 道口镇's clerk does not cover 梅园庄's centre.
    await get(`/api/uploads/${photoId}`, clerkY).expect(404);
    await get(`/api/uploads/${photoId}`, residentB.token).expect(404);
    const views = await t.db.prisma.auditEvent.findMany({ where: { action: 'upload.view', subjectId: photoId }, orderBy: { id: 'asc' } });
    expect(views).toMatchObject([
      { actorKind: 'staff', details: { part: 'original', applicationId: own.id } },
      { actorKind: 'staff', details: { part: 'preview', applicationId: own.id } },
    ]);
    // The uploader's own reads are not staff views.
    await get(`/api/uploads/${photoId}`, residentA.token).expect(200);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'upload.view', subjectId: photoId } })).toBe(2);
  });

  it('opens a file a station clerk uploaded to the resident whose case uses it, and a result file to the case owner', async () => {
    const material = await uploadAs(clerkX, pdf(), '代办-身份证.pdf');
    await get(`/api/uploads/${material}`, residentB.token).expect(404);
    await caseUsing({ material, ownerResidentId: residentB.id });
    await get(`/api/uploads/${material}`, residentB.token).expect(200).expect('Content-Type', 'application/pdf');
    await get(`/api/uploads/${material}`, residentA.token).expect(404);

    const result = await uploadAs(clerkX, pdf(), '电子证照.pdf');
    await get(`/api/uploads/${result}`, residentA.token).expect(404);
    await get(`/api/uploads/${result}`, countyAdmin).expect(404);
    await caseUsing({ resultFile: result, ownerResidentId: residentA.id });
    await get(`/api/uploads/${result}`, residentA.token).expect(200);
    await get(`/api/uploads/${result}`, countyAdmin).expect(200);
    await get(`/api/uploads/${result}`, clerkY).expect(404);
  });
});

describe('GET /api/uploads/mine', () => {
  it('lists my files newest first, with the cases they were given for, and nobody else’s', async () => {
    const older = await uploadAs(residentB.token, pdf(), '旧证明.pdf');
    const newer = await uploadAs(residentB.token, await png(), '新照片.png');
    await caseUsing({ material: older, ownerResidentId: residentB.id });
    const res = await t.request.get('/api/uploads/mine?pageSize=2').set(bearer(residentB.token)).expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([newer, older]);
    expect(res.body.items[0].usedFor).toEqual([]);
    expect(res.body.items[1].usedFor).toEqual([{ materialName: '户口簿', matterName: '城乡居民最低生活保障给付', receiptNo: expect.stringMatching(/^410505-20260302-/) }]);
    const all = await t.request.get('/api/uploads/mine').set(bearer(residentB.token)).expect(200);
    // A clerk's upload for B's case is the clerk's, not B's.
    expect(all.body.total).toBe(2);
    await t.request.get('/api/uploads/mine').set(bearer(clerkX)).expect(403);
  });
});
