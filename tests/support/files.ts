// Real files for upload tests: images made with sharp, a minimal valid PDF, and a ZIP written by hand.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A JPEG photo of `width` × `height` pixels. */
export const jpeg = (width = 1200, height = 800): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg({ quality: 80 }).toBuffer();

/** A PNG scan with transparency. */
export const png = (width = 600, height = 900): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 90, b: 200, alpha: 0.5 } } }).png().toBuffer();

/** A PNG whose header claims `side` × `side` pixels over a few bytes of data (a decompression bomb's shape). */
export async function pngClaiming(side: number): Promise<Buffer> {
  const bytes = Buffer.from(await png(20, 20));
  bytes.writeUInt32BE(side, 16);
  bytes.writeUInt32BE(side, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  return bytes;
}

/** A one-page PDF with a correct cross-reference table. */
export function pdf(padTo = 0): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = Buffer.from(body, 'latin1');
  // A comment after %%EOF makes a file of an exact size that readers still open.
  return padTo > bytes.length ? Buffer.concat([bytes, Buffer.from('%'), Buffer.alloc(padTo - bytes.length - 1, 0x20)]) : bytes;
}

/** A ZIP archive holding one stored (uncompressed) file. */
export function zip(name = 'hello.txt', content = Buffer.from('你好')): Buffer {
  const fileName = Buffer.from(name);
  const crc = crc32(content);
  /** A header of `length` bytes: signature, version(s), then CRC, sizes and name length from `at`. */
  const header = (length: number, signature: number, versions: number[], at: number) => {
    const h = Buffer.alloc(length);
    h.writeUInt32LE(signature, 0);
    versions.forEach((v, i) => h.writeUInt16LE(v, 4 + 2 * i));
    h.writeUInt32LE(crc, at);
    h.writeUInt32LE(content.length, at + 4);
    h.writeUInt32LE(content.length, at + 8);
    h.writeUInt16LE(fileName.length, at + 12);
    return h;
  };
  const local = header(30, 0x04034b50, [20], 14);
  const central = header(46, 0x02014b50, [20, 20], 16);
  const centralOffset = local.length + fileName.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, content, central, fileName, end]);
}
