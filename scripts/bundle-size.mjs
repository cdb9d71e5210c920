// The weight of resetkit in an app: builds a tiny app that renders <ResetFlow> (on the HTTP
// adapter, as production does) with Vite, React left out, and reports the gzip size of the
// JavaScript loaded up front — the entry and everything it imports statically. Chunks loaded
// later with import() (strength dictionaries, other locales) are listed apart and must not hold
// a dictionary in the initial set. Exits 1 over the budget.
//
//   node scripts/bundle-size.mjs [--budget-kb=38] [--json]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.cache/bundle-size');
const budgetKb = Number(process.argv.find((arg) => arg.startsWith('--budget-kb='))?.split('=')[1] ?? 38);
const asJson = process.argv.includes('--json');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const entry = path.join(work, 'main.tsx');
writeFileSync(
  entry,
  `import { createRoot } from 'react-dom/client';
import { createHttpAdapter } from '${root}/src/adapters/http/index.ts';
import { ResetFlow } from '${root}/src/react/components/index.ts';
import { ResetProvider } from '${root}/src/react/index.ts';

const adapter = createHttpAdapter({ baseUrl: '/api/auth' });
createRoot(document.getElementById('root')!).render(
  <ResetProvider adapter={adapter}>
    <ResetFlow organizationId="organization-test" onComplete={(result) => window.location.assign('/?member=' + result.memberId)} />
  </ResetProvider>,
);
`,
);

const react = /^(react|react-dom|scheduler)(\/.*)?$/;
const output = await build({
  configFile: false,
  logLevel: 'silent',
  root: work,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.join(work, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    write: false,
    lib: false,
    rolldownOptions: { input: entry, external: (id) => react.test(id) },
  },
});
const bundle = (Array.isArray(output) ? output[0] : output).output;
const chunks = new Map(bundle.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));

const initial = new Set();
const visit = (fileName) => {
  if (initial.has(fileName) || !chunks.has(fileName)) return;
  initial.add(fileName);
  for (const imported of chunks.get(fileName).imports) visit(imported);
};
for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);

const size = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
const describe = (chunk) => ({ file: chunk.fileName, gzipBytes: size(chunk), modules: chunk.moduleIds.length });
const initialChunks = [...initial].map((name) => chunks.get(name));
const lazyChunks = [...chunks.values()].filter((chunk) => !initial.has(chunk.fileName));
const initialGzip = initialChunks.reduce((sum, chunk) => sum + size(chunk), 0);
const dictionaries = initialChunks.flatMap((chunk) => chunk.moduleIds.filter((id) => /@zxcvbn-ts\/language-|strength\/packs\//.test(id)));

const report = {
  budgetBytes: budgetKb * 1024,
  initialGzipBytes: initialGzip,
  initial: initialChunks.map(describe),
  lazy: lazyChunks.map(describe).sort((a, b) => b.gzipBytes - a.gzipBytes),
  dictionariesInInitial: dictionaries,
  heaviestInitialModules: initialChunks
    .flatMap((chunk) => Object.entries(chunk.modules).map(([id, module]) => ({ id: path.relative(root, id), bytes: module.renderedLength })))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 15),
};
const ok = initialGzip <= report.budgetBytes && dictionaries.length === 0;

if (asJson) {
  console.log(JSON.stringify({ ok, ...report }, null, 2));
} else {
  console.log(`initial JavaScript (gzip, React excluded): ${(initialGzip / 1024).toFixed(1)} KB of ${budgetKb} KB`);
  for (const chunk of report.initial) console.log(`  ${chunk.file}  ${(chunk.gzipBytes / 1024).toFixed(1)} KB`);
  console.log(`lazy chunks: ${report.lazy.length}, largest ${report.lazy[0] ? `${report.lazy[0].file} ${(report.lazy[0].gzipBytes / 1024).toFixed(1)} KB` : 'none'}`);
  console.log('heaviest modules up front (minified, before gzip):');
  for (const module of report.heaviestInitialModules) console.log(`  ${String(module.bytes).padStart(7)}  ${module.id}`);
  if (dictionaries.length > 0) console.log(`strength dictionaries in the initial JavaScript:\n  ${dictionaries.join('\n  ')}`);
  console.log(ok ? 'within budget' : 'OVER BUDGET');
}
process.exitCode = ok ? 0 : 1;
