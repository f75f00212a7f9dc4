// What an uploaded file really is, read from its bytes (never from its name or the declared type), and the
// small JPEG preview of an image for the clerk's list.
import { createHash } from 'node:crypto';
import type sharpType from 'sharp';
import { Errors } from '../platform/errors';

export const acceptedMimes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AcceptedMime = (typeof acceptedMimes)[number];
export const maxUploadBytes = 10 * 1024 * 1024;
/** Longest side of a preview, in pixels. */
export const previewSize = 320;
/** Larger images are refused before decoding: a small PNG can expand to gigabytes of pixels. */
const maxPixels = 100_000_000;

type FileTypeModule = typeof import('file-type');
let fileTypeModule: Promise<FileTypeModule> | undefined;
// file-type is ESM only: loaded with import() on the first upload (the server itself is CommonJS).
const fileType = (): Promise<FileTypeModule> => (fileTypeModule ??= import('file-type'));
// sharp loads libvips (native, ~30 MB): on the first upload rather than at start.
const sharp = (): typeof sharpType => require('sharp');

export interface InspectedFile {
  mime: AcceptedMime;
  /** What is stored: the file as sent, or an image without its metadata (see withoutMetadata). */
  bytes: Buffer;
  /** Of `bytes`. */
  sha256: string;
  width: number | null;
  height: number | null;
  /** JPEG, at most previewSize pixels on its longest side; images only. */
  preview: Buffer | null;
}

const isAccepted = (mime: string | undefined): mime is AcceptedMime => acceptedMimes.includes(mime as AcceptedMime);

export async function inspectFile(bytes: Buffer): Promise<InspectedFile> {
  if (bytes.length === 0) throw Errors.invalidInput([{ field: 'file', message: '文件是空的，请重新选择' }]);
  const detected = await (await fileType()).fileTypeFromBuffer(bytes);
  if (!isAccepted(detected?.mime)) throw Errors.unsupportedMediaType('只能上传 JPG、PNG 图片或 PDF 文件');
  const mime = detected.mime;
  const sha256Of = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  if (mime === 'application/pdf') return { mime, bytes, sha256: sha256Of(bytes), width: null, height: null, preview: null };
  const image = await imagePreview(bytes);
  const stored = image.metadata ? await withoutMetadata(bytes, mime) : bytes;
  return { mime, bytes: stored, sha256: sha256Of(stored), width: image.width, height: image.height, preview: image.preview };
}

/**
 * A phone photo carries EXIF: where it was taken (GPS), when, which phone. None of it is needed to read a
 * document, and a clerk should not learn where a resident lives from it, so the image is stored without it:
 * turned as the phone held it, a JPEG re-encoded at quality 92, a PNG losslessly.
 */
async function withoutMetadata(bytes: Buffer, mime: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  const image = sharp()(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).autoOrient();
  try {
    return await (mime === 'image/jpeg' ? image.jpeg({ quality: 92 }) : image.png()).toBuffer();
  } catch {
    throw unreadable();
  }
}

const unreadable = () => Errors.unsupportedMediaType('图片无法读取，可能已损坏，请重新拍照或选择其他图片');

async function imagePreview(bytes: Buffer): Promise<{ width: number; height: number; preview: Buffer; metadata: boolean }> {
  // The header alone (no pixels decoded) tells the size; the limit then guards decoding.
  const meta = await sharp()(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  if (!meta?.width || !meta.height) throw unreadable();
  if (meta.width * meta.height > maxPixels) throw Errors.payloadTooLarge('图片像素过多（超过 1 亿），请缩小后再上传');
  try {
    const preview = await sharp()(bytes, { limitInputPixels: maxPixels, failOn: 'error' })
      .autoOrient() // as the phone held it (EXIF orientation)
      .resize(previewSize, previewSize, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }) // a PNG's transparent parts: white, not black
      .jpeg({ quality: 70, mozjpeg: true })
      .toBuffer();
    // Width and height as the image is shown, after its orientation is applied.
    const metadata = Boolean(meta.exif || meta.xmp || meta.iptc || (meta.orientation && meta.orientation !== 1));
    return { width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height, preview, metadata };
  } catch {
    throw unreadable();
  }
}
