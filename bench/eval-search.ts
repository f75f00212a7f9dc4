// npm run eval:search -- --cases <tsv> [--catalog <json>] [--json]
// Indexes a catalog exactly as the server does (our committed catalog by default; --catalog takes our JSON
// export or a foreign list in the shape of ../shared/data/guangan-catalog.json), runs the cases and prints
// top-1, top-3, MRR and every miss; --json prints, per case, {query, results: [names of the first 10]}.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { docsOfCatalogFile, docsOfDepartmentSources } from '../src-server/search/catalog-docs';
import { evaluate, readCases } from '../src-server/search/eval-cases';
import { SearchIndex } from '../src-server/search/search-index';

const { values } = parseArgs({ options: { cases: { type: 'string' }, catalog: { type: 'string' }, json: { type: 'boolean' } } });
const casesFile = values.cases ?? path.join(__dirname, '..', '..', 'shared', 'eval', 'search-dev.tsv');
const docs = values.catalog ? docsOfCatalogFile(path.resolve(values.catalog)) : docsOfDepartmentSources();
const started = performance.now();
const index = SearchIndex.build(docs);
const buildMs = performance.now() - started;
const report = evaluate(index, readCases(path.resolve(casesFile)));
if (values.json) {
  for (const r of report.results) console.log(JSON.stringify(r));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`目录：${values.catalog ?? '安阳市（prisma/data/catalog）'}，${docs.length} 个事项，建索引 ${buildMs.toFixed(0)} ms`);
  console.log(`用例：${casesFile}，${report.cases} 条`);
  console.log(`top-1 ${pct(report.top1)}   top-3 ${pct(report.top3)}   MRR ${report.mrr.toFixed(3)}`);
  for (const m of report.misses) {
    console.log(`  ${m.rank === null ? '未找到' : `第 ${m.rank} 位`}  ${m.query}  〔${m.probe}〕 期望 /${m.expected}/，前三：${m.got.join(' | ') || '（无）'}`);
  }
}
