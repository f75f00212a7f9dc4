// Prints the size of the built WeChat main package (dist/weapp) against WeChat's 2 MB limit per package.
// Fails the build when the main package is over the limit, so CI catches it before the WeChat upload does.
const { readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'dist', 'weapp');
const limit = 2 * 1024 * 1024;

function sizeOf(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return bytes;
}

// Subpackages (app.json "subPackages"/"subpackages") are counted apart from the main package.
const appJson = require(path.join(root, 'app.json'));
const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => path.join(root, p.root));
const total = sizeOf(root);
const subSizes = subRoots.map((dir) => ({ dir: path.relative(root, dir), bytes: sizeOf(dir) }));
const main = total - subSizes.reduce((sum, s) => sum + s.bytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`微信小程序主包大小：${kb(main)}（${main} 字节，上限 2048 KB）`);
for (const s of subSizes) console.log(`分包 ${s.dir}：${kb(s.bytes)}`);
if (main > limit || subSizes.some((s) => s.bytes > limit)) {
  console.error('超过微信 2 MB 单包上限，请拆分分包或减小资源。');
  process.exit(1);
}
