// A small A4 PDF writer for the forms the guide offers (空白表格 / 填写样表). Text uses the standard Chinese font
// STSong-Light with the predefined UniGB-UCS2-H encoding (Adobe-GB1), which PDF readers supply themselves, so a
// form is a few kilobytes, takes well under a millisecond to make, and needs no font on the server. Streams are
// left uncompressed on purpose: the files stay tiny and tests can read the text back (decodePdfText).

export const A4 = { width: 595, height: 842 } as const;

type Op = string;

/** Width of a string in em: CJK and full-width characters 1, the rest (Latin, digits) 0.5. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return w;
}

/** Splits text into lines no wider than `maxEm`. */
export function wrap(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ch === '\n' || textWidth(line + ch) > maxEm) {
      lines.push(line);
      line = ch === '\n' ? '' : ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

// UCS-2 big-endian hex, as UniGB-UCS2-H expects; characters outside the BMP are replaced (none in the catalog).
const hex = (text: string) =>
  [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0x3f;
    return (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
  }).join('');

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export interface Page {
  /** Text at (x, y) from the top-left corner, `size` in points; `color` as r g b in 0..1. */
  text(x: number, y: number, text: string, size: number, color?: [number, number, number]): void;
  /** Text centred on the page. */
  centred(y: number, text: string, size: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
  /** Large, light, rotated text across the page (the 样例 mark of a sample). */
  watermark(text: string): void;
}

/** Builds a one-document PDF from pages drawn by `draw`; `title` goes into the document information. */
export function renderPdf(title: string, pageCount: number, draw: (page: Page, index: number) => void): Buffer {
  const contents: string[] = [];
  for (let i = 0; i < pageCount; i++) {
    const ops: Op[] = [];
    const top = (y: number) => A4.height - y;
    const page: Page = {
      text(x, y, text, size, color) {
        if (!text) return;
        ops.push(`BT ${color ? `${color.join(' ')} rg ` : '0 g '}/F1 ${size} Tf ${num(x)} ${num(top(y) - size)} Td <${hex(text)}> Tj ET`);
      },
      centred(y, text, size) {
        page.text((A4.width - textWidth(text) * size) / 2, y, text, size);
      },
      rect(x, y, w, h) {
        ops.push(`0.6 w ${num(x)} ${num(top(y) - h)} ${num(w)} ${num(h)} re S`);
      },
      line(x1, y1, x2, y2) {
        ops.push(`0.6 w ${num(x1)} ${num(top(y1))} m ${num(x2)} ${num(top(y2))} l S`);
      },
      watermark(text) {
        const size = 120;
        const c = Math.cos(Math.PI / 6);
        const s = Math.sin(Math.PI / 6);
        const x = A4.width / 2 - (textWidth(text) * size * c) / 2;
        const y = A4.height / 2 - (textWidth(text) * size * s) / 2;
        ops.push(`q BT 1 0.85 0.85 rg /F1 ${size} Tf ${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(x)} ${num(y)} Tm <${hex(text)}> Tj ET Q`);
      },
    };
    draw(page, i);
    contents.push(ops.join('\n'));
  }
  return assemble(title, contents);
}

function assemble(title: string, contents: string[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ; // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const firstPage = 6;
  const kids = contents.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`);
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  // Adobe-GB1 CIDs 1–95 are proportional Latin; declared half-width so readers place them as the layout assumed.
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  contents.forEach((stream, i) => {
    const contentObj = firstPage + i * 2 + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObj} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  });
  add(`<< /Title <feff${hex(title)}> /Producer (zhangshangban) >>`);
  const info = objects.length;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The text a PDF made by renderPdf shows, page by page (for tests and checks). */
export function decodePdfText(pdf: Buffer): string {
  const body = pdf.toString('latin1');
  return [...body.matchAll(/<([0-9a-f]+)> Tj/g)]
    .map((m) => (m[1].match(/.{4}/g) ?? []).map((h) => String.fromCharCode(parseInt(h, 16))).join(''))
    .join('\n');
}
