// `npm run bench`: times `backend-spec generate --dry-run` on synthetic projects of 10, 100, 200,
// 1,000 and 3,000 entities, on the corpus projects (test/corpus/*) and on the bundled example, each
// case with and without verification, each run in a fresh child process, and prints wall time, CPU
// time (user + system, all threads) and peak RSS per case; the log-log slope of wall and CPU time
// between synthetic sizes (and from the second size to the last); TypeSpec 1.11 compiling the same
// API to OpenAPI (scripts/bench-typespec.mjs) with the ratio backend-spec ÷ TypeSpec; and whether
// issue 19's targets are met. The header names the machine (CPU model, cores, memory, node) and the
// load average: on a shared machine wall time is noisy, CPU time much less.
//
// Narrowing (each piece of a full run can be run alone):
//   BENCH_SIZES=10,100        synthetic sizes (default 10,100,200,1000,3000)
//   BENCH_MODES=no-verify     modes (default no-verify,verify), for every case
//   BENCH_CASES=<regex>       only the cases whose name matches (`synthetic-1000$`, `typespec`, `1 MB`)
//   BENCH_RUNS=3              runs per case (median); BENCH_RUNS_LARGE=1 for 1,000+ entities
//   BENCH_TYPESPEC=0          no TypeSpec rows
//   BENCH_TIMEOUT_S=900       a run that takes longer is stopped and reported as exit `timeout`
// Then issue 12's bound: a 1 MB document of many small blocks and one of a single huge paragraph
// (scripts/big-documents.mjs) each compile in under 5 s of CPU (median, the whole process); the
// script exits 1 when one does not. A 1 MB document naming thousands of entities is printed too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typeSpecAvailable, writeTypeSpecProject } from './bench-typespec.mjs';
import {
  manyEntities,
  manySmallBlocks,
  oneHugeParagraph,
  writeBigDocumentProject,
} from './big-documents.mjs';
import { writeSyntheticProject } from './synthetic.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 1);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;
const SIZES = (process.env.BENCH_SIZES ?? '10,100,200,1000,3000').split(',').map(Number);
const MODES = (process.env.BENCH_MODES ?? 'no-verify,verify').split(',');
const TYPESPEC = process.env.BENCH_TYPESPEC !== '0' && typeSpecAvailable(REPO);
if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

function docBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'tsp-output') n += docBytes(p);
    else if (/\.(md|ya?ml|tsp)$/i.test(e.name)) n += statSync(p).size;
  }
  return n;
}

const LOAD_BEFORE = loadavg().map((x) => x.toFixed(1));

/** One run of `args` in a fresh node process: wall time (ms), CPU (ms), peak RSS (MB), exit. */
function runOnce(args, rssFile) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', path.join(REPO, 'scripts/bench-rss.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 28,
    timeout: TIMEOUT_MS,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = existsSync(rssFile)
    ? JSON.parse(readFileSync(rssFile, 'utf8'))
    : { maxRSS: Number.NaN, cpu: Number.NaN };
  rmSync(rssFile, { force: true });
  return {
    ms,
    cpuMs: usage.cpu / 1000,
    rssMb: usage.maxRSS / 1024,
    code: r.error?.code === 'ETIMEDOUT' ? 'timeout' : r.status,
    stdout: r.stdout,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs one case `runs` times; medians of wall and CPU time, the highest peak RSS. */
function measure(name, mode, dir, args, runs, entitiesOf) {
  const rssFile = path.join(tmpdir(), `backend-spec-bench-${process.pid}.rss`);
  const load = loadavg()[0].toFixed(1);
  const results = Array.from({ length: runs }, () => runOnce(args, rssFile));
  // Each case as it ends, on stderr: a long run shows where it is, and a stopped one what it had.
  process.stderr.write(
    `${name} ${mode}: wall ${median(results.map((r) => r.ms)).toFixed(0)} ms, CPU ${median(results.map((r) => r.cpuMs)).toFixed(0)} ms, peak ${Math.max(...results.map((r) => r.rssMb)).toFixed(0)} MB, load ${load}\n`,
  );
  return {
    name,
    mode,
    docsKb: (docBytes(dir) / 1024).toFixed(0),
    entities: entitiesOf(results[0].stdout),
    ms: median(results.map((r) => r.ms)),
    minMs: Math.min(...results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    rssMb: Math.max(...results.map((r) => r.rssMb)),
    runs,
    load,
    exit: results.find((r) => r.code !== 0)?.code ?? 0,
  };
}

function backendSpec(name, dir, mode, runs = RUNS) {
  const args = [
    CLI,
    'generate',
    dir,
    ...(mode === 'verify' ? [] : ['--no-verify']),
    '--dry-run',
    '--format',
    'json',
  ];
  return measure(name, mode, dir, args, runs, (stdout) => {
    try {
      return JSON.parse(stdout).report?.overview?.dataModels ?? '?';
    } catch {
      return '?';
    }
  });
}

const wanted = new RegExp(process.env.BENCH_CASES ?? '');
const BIG_BUDGET_MS = 5_000;
const rows = [];
const overBudget = [];
const work = mkdtempSync(path.join(tmpdir(), 'backend-spec-bench-'));
try {
  for (const n of SIZES) {
    const runs = n >= 1000 ? RUNS_LARGE : RUNS;
    const dir = path.join(work, `synthetic-${n}`);
    if (wanted.test(`synthetic-${n}`)) {
      writeSyntheticProject(dir, n);
      for (const mode of MODES) rows.push({ ...backendSpec(`synthetic-${n}`, dir, mode, runs), size: n });
    }
    if (TYPESPEC && wanted.test(`typespec-${n}`)) {
      const tsp = path.join(work, `typespec-${n}`);
      const args = writeTypeSpecProject(tsp, n, REPO);
      rows.push({
        ...measure(`typespec-${n}`, 'openapi only', tsp, args, runs, () => n),
        size: n,
        typespec: true,
      });
    }
  }
  const corpus = path.join(REPO, 'test/corpus');
  for (const entry of readdirSync(corpus, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory() && wanted.test(entry.name))
      for (const mode of MODES)
        rows.push({ ...backendSpec(entry.name, path.join(corpus, entry.name), mode), corpus: true });
  }
  const EXAMPLE = 'example (clinic-booking)';
  if (wanted.test(EXAMPLE))
    for (const mode of MODES)
      rows.push({ ...backendSpec(EXAMPLE, path.join(REPO, 'examples/clinic-booking'), mode), example: true });
  for (const [name, make, bounded] of [
    ['1 MB: many small blocks', manySmallBlocks, true],
    ['1 MB: one huge paragraph', oneHugeParagraph, true],
    ['1 MB: thousands of entities', manyEntities, false],
  ]) {
    if (!wanted.test(name)) continue;
    const dir = path.join(work, name.replace(/\W+/g, '-'));
    writeBigDocumentProject(dir, make());
    // Issue 12's bound is on reading the documents: measured without verification.
    const row = backendSpec(name, dir, 'no-verify');
    rows.push(row);
    if (bounded && !(row.cpuMs < BIG_BUDGET_MS)) overBudget.push(`${name}: ${row.cpuMs.toFixed(0)} ms CPU`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Log-log slope between consecutive synthetic sizes of the same mode (1 is linear), of wall time
// and of CPU time; and from the second size to the last (issue 19: ≤ 1.1 from 100 to 3,000).
const slope = (a, b, key) => Math.log(b[key] / a[key]) / Math.log(b.size / a.size);
const spans = [];
for (const mode of [...MODES, 'openapi only']) {
  const sized = rows.filter((r) => r.size && r.mode === mode && r.exit === 0).sort((a, b) => a.size - b.size);
  for (let i = 1; i < sized.length; i++) {
    sized[i].wallSlope = slope(sized[i - 1], sized[i], 'ms').toFixed(2);
    sized[i].cpuSlope = slope(sized[i - 1], sized[i], 'cpuMs').toFixed(2);
  }
  if (sized.length >= 3) {
    const [a, b] = [sized[1], sized.at(-1)];
    spans.push(
      `${mode}: ${a.size} → ${b.size} entities, wall ${slope(a, b, 'ms').toFixed(2)}, CPU ${slope(a, b, 'cpuMs').toFixed(2)}`,
    );
  }
}

// backend-spec ÷ TypeSpec on the same API, per size and mode (below 1: backend-spec is faster).
for (const r of rows.filter((x) => x.size && !x.typespec)) {
  const t = rows.find((x) => x.typespec && x.size === r.size && x.exit === 0);
  if (t && r.exit === 0) r.ratio = `${(r.ms / t.ms).toFixed(2)} / ${(r.cpuMs / t.cpuMs).toFixed(2)}`;
}

const fmt = (x, d = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : String(x ?? ''));
const header = [
  'case',
  'mode',
  'docs KB',
  'entities',
  'runs',
  'load',
  'wall ms',
  'wall min',
  'CPU ms',
  'peak RSS MB',
  'wall slope',
  'CPU slope',
  '÷ TypeSpec (wall / CPU)',
  'exit',
];
const table = [
  header,
  ...rows.map((r) => [
    r.name,
    r.mode,
    r.docsKb,
    r.entities,
    r.runs,
    r.load,
    fmt(r.ms),
    fmt(r.minMs),
    fmt(r.cpuMs),
    fmt(r.rssMb),
    r.wallSlope ?? '',
    r.cpuSlope ?? '',
    r.ratio ?? '',
    r.exit,
  ]),
].map((row) => row.map(String));
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const load = loadavg().map((x) => x.toFixed(1));
const cpu = cpus();
console.log(
  `backend-spec generate --dry-run [--no-verify] (wall ms: median of runs; peak RSS: the highest)\n` +
    `machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}; ` +
    `load average ${LOAD_BEFORE.join(' ')} before, ${load.join(' ')} after\n`,
);
for (const [i, row] of table.entries()) {
  console.log(row.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (spans.length > 0) console.log(`\nlog-log slope over the whole range:\n  ${spans.join('\n  ')}`);

// Issue 19's targets, each with the measured value (only those whose cases ran).
const find = (pred) => rows.find((r) => r.exit === 0 && pred(r));
const targets = [];
const target = (what, row, ok, value) => {
  if (row) targets.push(`${ok ? 'met    ' : 'NOT met'}  ${what}: ${value}`);
};
const exV = find((r) => r.example && r.mode === 'verify');
target(
  'example, verify: wall ≤ 2.5 s, peak ≤ 300 MB',
  exV,
  exV?.ms <= 2500 && exV?.rssMb <= 300,
  `${fmt(exV?.ms)} ms, ${fmt(exV?.rssMb)} MB`,
);
const exN = find((r) => r.example && r.mode === 'no-verify');
target('example, --no-verify: wall ≤ 0.5 s', exN, exN?.ms <= 500, `${fmt(exN?.ms)} ms`);
const kN = find((r) => r.size === 1000 && !r.typespec && r.mode === 'no-verify');
target(
  '1,000 entities, --no-verify: wall ≤ 2.5 s, peak ≤ 400 MB',
  kN,
  kN?.ms <= 2500 && kN?.rssMb <= 400,
  `${fmt(kN?.ms)} ms, ${fmt(kN?.rssMb)} MB`,
);
const kV = find((r) => r.size === 1000 && !r.typespec && r.mode === 'verify');
target('1,000 entities, verify: wall ≤ 5 s', kV, kV?.ms <= 5000, `${fmt(kV?.ms)} ms`);
for (const mode of MODES) {
  const a = find((r) => r.size === 100 && !r.typespec && r.mode === mode);
  const b = find((r) => r.size === 3000 && !r.typespec && r.mode === mode);
  if (a && b) {
    const s = slope(a, b, 'ms');
    target(`${mode}: log-log slope of wall time 100 → 3,000 ≤ 1.1`, b, s <= 1.1, s.toFixed(2));
  }
}
for (const n of [200, 1000]) {
  const r = find((x) => x.size === n && !x.typespec && x.mode === 'verify');
  const t = find((x) => x.size === n && x.typespec);
  if (r && t)
    target(
      `${n} entities, verify: faster than TypeSpec (wall)`,
      r,
      r.ms < t.ms,
      `${fmt(r.ms)} vs ${fmt(t.ms)} ms`,
    );
}
if (targets.length > 0)
  console.log(`\nissue 19 targets (this machine, this load):\n  ${targets.join('\n  ')}`);

if (overBudget.length > 0) {
  console.error(`\nover the 5 s CPU bound for a 1 MB document (issue 12):\n  ${overBudget.join('\n  ')}`);
  process.exitCode = 1;
} else if (rows.some((r) => r.name.startsWith('1 MB')))
  console.log(`\n1 MB documents: each under ${BIG_BUDGET_MS / 1000} s of CPU`);
