// Draws the tab bar icons of the mini-program (src-miniapp/assets/tabbar/*.png): a house (首页), a sheet (办件)
// and a person (我的), grey and 掌上办 blue, 81×81 PNG as WeChat recommends (tabBar icons must be PNG/JPG, at most 40 KB).
// No image library and no download: shapes are tested per pixel with 4×4 supersampling for smooth edges, and
// the PNG is written by hand (zlib from Node). Run once after changing a shape: node scripts/make-tabbar-icons.js
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 81;
const SAMPLES = 4;
const outDir = path.join(__dirname, '..', 'src-miniapp', 'assets', 'tabbar');

const GREY = [0x8a, 0x91, 0x9f];
const BLUE = [0x16, 0x77, 0xff];

/** Point in polygon (even-odd). */
function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inEllipse = (x, y, cx, cy, rx, ry) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

/** House: roof and walls drawn as a 5-unit outline, with a door. */
function house(x, y) {
  const roofOuter = [[40.5, 9], [8, 39], [15, 39], [40.5, 16], [66, 39], [73, 39]];
  const walls = inRect(x, y, 17, 34, 64, 72) && !inRect(x, y, 22, 38, 59, 67);
  const door = inRect(x, y, 34, 48, 47, 72);
  return inPolygon(x, y, roofOuter) || walls || door;
}

/** Person: a head and shoulders, outlined. */
function person(x, y) {
  const head = inEllipse(x, y, 40.5, 26, 15, 15) && !inEllipse(x, y, 40.5, 26, 10, 10);
  const outer = y <= 72 && inEllipse(x, y, 40.5, 74, 29, 27);
  const inner = y <= 67 && inEllipse(x, y, 40.5, 74, 24, 22);
  const bottom = inRect(x, y, 11.5, 67, 69.5, 72) && inEllipse(x, y, 40.5, 74, 29, 27);
  return head || (outer && !inner) || bottom;
}

/** Case (办件): a sheet with a folded corner and three lines of text, outlined. */
function sheet(x, y) {
  const outer = [[16, 8], [52, 8], [66, 22], [66, 74], [16, 74]];
  const inner = [[21, 13], [49, 13], [61, 25], [61, 69], [21, 69]];
  const fold = inPolygon(x, y, [[50, 8], [55, 8], [55, 19], [66, 19], [66, 24], [50, 24]]);
  const lines = inRect(x, y, 28, 34, 54, 38.5) || inRect(x, y, 28, 45, 54, 49.5) || inRect(x, y, 28, 56, 44, 60.5);
  return (inPolygon(x, y, outer) && !inPolygon(x, y, inner)) || fold || lines;
}

function crc32(buf) {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(shape, [r, g, b]) {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (none)
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
        }
      }
      const alpha = Math.round((255 * hits) / (SAMPLES * SAMPLES));
      row.set([r, g, b, alpha], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const [name, shape] of [['home', house], ['cases', sheet], ['me', person]]) {
  for (const [suffix, color] of [['', GREY], ['-active', BLUE]]) {
    const file = path.join(outDir, `${name}${suffix}.png`);
    const bytes = png(shape, color);
    writeFileSync(file, bytes);
    console.log(`${path.relative(process.cwd(), file)}: ${bytes.length} bytes`);
  }
}
