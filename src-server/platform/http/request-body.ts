// Reading a request body for routes that take files or large documents (catalog import, uploads), outside the
// global 1 MB JSON parser: a multipart upload (one file field, via busboy) or a JSON document, with a limit.
import busboy from 'busboy';
import type { Context } from 'koa';
import { Errors } from '../errors';

export interface UploadedFile {
  filename: string;
  mime: string;
  bytes: Buffer;
}

/** Room for the multipart boundaries and small fields around the file. */
const multipartOverhead = 64 * 1024;
const tooLargeError = (maxBytes: number) => Errors.payloadTooLarge(`文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);

/**
 * The one file of multipart field `field`, at most `maxBytes`: a declared length over the limit is refused before
 * reading; otherwise busboy stops keeping bytes at the limit (the rest is read and dropped), so memory stays bounded.
 */
export function readMultipartFile(ctx: Context, field: string, maxBytes: number): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (Number(ctx.get('Content-Length')) > maxBytes + multipartOverhead) {
      reject(tooLargeError(maxBytes));
      return;
    }
    let parser: busboy.Busboy;
    try {
      // busboy stops at its limit even when the file ends exactly there: one byte more tells "too large" apart.
      // File names are UTF-8 (phones and browsers send 身份证.jpg unencoded), not busboy's default latin1.
      parser = busboy({ headers: ctx.req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes + 1, fields: 10 } });
    } catch {
      reject(Errors.unsupportedMediaType('请以 multipart/form-data 上传文件'));
      return;
    }
    let found: UploadedFile | undefined;
    let tooLarge = false;
    // WeChat's uploadFile sends a temporary path as the file name; the client may add the real one as a field.
    let namedInField = '';
    parser.on('field', (name, value) => {
      if (name === 'filename') namedInField = value.slice(0, 200);
    });
    parser.on('file', (name, stream, info) => {
      if (name !== field) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => {
        found = { filename: info.filename ?? '', mime: info.mimeType, bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => reject(Errors.malformedBody()));
    parser.on('close', () => {
      if (tooLarge) reject(tooLargeError(maxBytes));
      else if (!found) reject(Errors.invalidInput([{ field, message: '请选择要上传的文件' }]));
      else resolve(/\.[A-Za-z0-9]+$/.test(found.filename) || !namedInField ? found : { ...found, filename: namedInField });
    });
    ctx.req.pipe(parser);
  });
}

/** The body as UTF-8 text, at most `maxBytes` (413 beyond; a declared length over it is refused before reading). */
export async function readTextBody(ctx: Context, maxBytes: number): Promise<string> {
  const tooLarge = () => Errors.payloadTooLarge(`内容不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (Number(ctx.get('Content-Length')) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody(ctx: Context, maxBytes: number): Promise<unknown> {
  const text = await readTextBody(ctx, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw Errors.malformedBody();
  }
}

/** Paths whose bodies the route reads itself (files, large documents); the global JSON parser skips them. */
export const selfParsedPaths = new Set(['/api/admin/catalog/import', '/api/uploads', '/wechat/push']);
