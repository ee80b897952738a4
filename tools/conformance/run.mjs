#!/usr/bin/env node
// The conformance run (issue 11): actionc over public repositories, file by file, compared
// with what Next.js 16.4.6's own transform did (../shared/conformance), plus whole-project
// builds. Prints an agreement table (Markdown) and exits 1 on any disagreement that is not
// a documented, deliberate difference (docs/conformance.md).
//
//   node tools/conformance/run.mjs --actionc build/compiler/actionc --repos DIR
//        [--expected FILE] [--no-build] [--only owner/name] [--verbose]
//
// DIR holds one extracted snapshot per repository, as `owner+name/` or `owner/name/`, at
// the commits the expected file lists. Repositories that are absent are skipped with a
// message (CI cannot fetch them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntaxErrors } from '../../tests/js-checks/parses.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');

function parseArgs(argv) {
  const args = {
    actionc: join(projectRoot, 'build/compiler/actionc'),
    repos: process.env.ACTIONC_CONFORMANCE_REPOS ?? '',
    expected: resolve(projectRoot, '../shared/conformance/next-16.4.6-expected.json'),
    build: true,
    only: null,
    verbose: false,
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--actionc') args.actionc = resolve(argv[++i]);
    else if (a === '--repos') args.repos = resolve(argv[++i]);
    else if (a === '--expected') args.expected = resolve(argv[++i]);
    else if (a === '--no-build') args.build = false;
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--verbose') args.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv);
if (!args.repos || !existsSync(args.repos)) {
  console.log(`conformance: skipped: no repositories (pass --repos DIR or set ACTIONC_CONFORMANCE_REPOS)`);
  process.exit(0);
}
if (!existsSync(args.expected)) {
  console.log(`conformance: skipped: ${args.expected} is absent`);
  process.exit(0);
}
const expected = JSON.parse(readFileSync(args.expected, 'utf8'));
const key = readFileSync(join(projectRoot, 'tests/golden/test.key'), 'utf8').trim();
const env = { ...process.env, ACTIONC_ENCRYPTION_KEY: key, ACTIONC_PREVIOUS_KEYS: '', NO_COLOR: '1' };

function repoDir(repo) {
  for (const candidate of [repo.replace('/', '+'), repo]) {
    const dir = join(args.repos, candidate);
    if (existsSync(dir)) return dir;
  }
  return null;
}

function actionc(argv) {
  const r = spawnSync(args.actionc, argv, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

// What one layer of actionc's output registers or stubs, read off the emitted code.
function referencesIn(code, layer) {
  const call = layer === 'server'
    ? /registerServerReference\([^,]+,\s*"[^"]*",\s*"([^"]*)"\)/g
    : /createServerReference\("[^"]*",\s*callServer,\s*undefined,\s*findSourceMapURL,\s*"([^"]*)"\)/g;
  return [...code.matchAll(call)].map((m) => m[1]);
}

// Next's references split into module-level names, inline actions and 'use cache' functions.
function splitNext(references) {
  const names = references.filter((r) => !r.startsWith('$$RSC_'));
  const inline = references.filter((r) => r.startsWith('$$RSC_SERVER_ACTION_')).length;
  return { names: new Set(names), inline };
}

function splitOurs(references) {
  return {
    names: new Set(references.filter((r) => !r.startsWith('$$ACTION_'))),
    inline: references.filter((r) => r.startsWith('$$ACTION_')).length,
  };
}

const firstLine = (text) => text.split('\n').find((l) => l.trim()) ?? '';
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

// Deliberate differences (docs/conformance.md), by the facts that identify them.
const deliberate = {
  // D1. Next compiles only client components for the browser, so an inline action in a
  // module it reaches there is an error; actionc compiles both layers of every module (it
  // cannot know which layer imports it) and stubs the action in the browser layer.
  inlineInClientLayer: (nextError) => /inline "use server" annotated Server Actions in Client Components/.test(nextError),
  // D2. Re-exports in a 'use server' file: Next rejects `export *` and `export { x } from`;
  // actionc follows them through the project graph (SPEC §3), and `transform`, which sees
  // one module, says it leaves them out.
  reExport: (nextError, stderr) => /Only async functions/.test(nextError) && /\[transform-reexport-not-followed\]/.test(stderr),
  // D3. Assigning a captured variable: a capture is a copy, so the write would be lost;
  // actionc rejects what Next compiles into a silent no-op.
  captureAssigned: (stderr) => /\[capture-assigned\]/.test(stderr),
  // D4. 'use cache' is outside actionc's scope: its modules are plain modules to actionc.
  useCache: (file) => (file.server.useCache ?? 0) > 0 || (file.client.useCache ?? 0) > 0,
  // D5. Destructuring a value the file spells out (`export const { a } = { a: f }`):
  // actionc asks for each action by name; Next registers whatever run time finds.
  destructuredLiteral: (stderr) => /\[export-destructuring\]/.test(stderr),
  // D6. One function exported under several names: actionc stubs every name; Next's client
  // layer stubs only the last one registered.
  aliases: (source) => /export\s*\{[^}]*\bas\b[^}]*\bas\b/.test(source),
};

function compareLayer(file, layer, dir, result) {
  const next = file[layer];
  const path = join(dir, file.path);
  const run = actionc(['transform', path, '--layer', layer, '--root', dir]);
  if (run.signal || (run.status !== 0 && run.status !== 1)) {
    return { verdict: 'crash', detail: `exit ${run.status ?? run.signal}: ${firstLine(run.stderr)}` };
  }
  const ours = run.status === 0 ? { code: run.stdout } : { error: firstLine(run.stderr) };
  result.outputs.push({ path, layer, code: ours.code });
  const deliberately = (code, why) => ({ verdict: 'deliberate', detail: `${code} ${why}` });
  if (next.error) {
    if (ours.error) return { verdict: 'agree', detail: 'both reject' };
    if (deliberate.inlineInClientLayer(next.error) && layer === 'client') {
      return deliberately('D1', 'inline action stubbed in the browser layer');
    }
    if (deliberate.reExport(next.error, run.stderr)) return deliberately('D2', 're-export followed through the project graph');
    return { verdict: 'disagree', detail: `Next rejects (${next.error}); actionc accepts` };
  }
  if (ours.error) {
    if (deliberate.captureAssigned(run.stderr)) return deliberately('D3', 'assigning a capture rejected');
    if (deliberate.destructuredLiteral(run.stderr)) return deliberately('D5', 'destructured literal export rejected');
    return { verdict: 'disagree', detail: `actionc rejects: ${ours.error}` };
  }
  const n = splitNext(next.references);
  const a = splitOurs(referencesIn(ours.code, layer));
  if (n.inline !== a.inline) {
    if (deliberate.useCache(file)) return deliberately('D4', "'use cache' module is plain to actionc");
    return { verdict: 'disagree', detail: `inline actions: Next ${n.inline}, actionc ${a.inline}` };
  }
  if (sameSet(n.names, a.names)) return { verdict: 'agree', detail: '' };
  // 'use cache' exports of a 'use server' file: Next registers them as cache functions.
  const extra = [...a.names].filter((x) => !n.names.has(x));
  const missing = [...n.names].filter((x) => !a.names.has(x));
  const clientNames = new Set(file.client.references ?? []);
  if (layer === 'server' && missing.length === 0 && deliberate.useCache(file) && extra.every((x) => clientNames.has(x))) {
    return deliberately('D4', "'use cache' export registered as an action");
  }
  if (deliberate.aliases(readFileSync(path, 'utf8'))) return deliberately('D6', 'every alias of a function stubbed');
  return { verdict: 'disagree', detail: `names: Next [${[...n.names]}], actionc [${[...a.names]}]` };
}

// Outputs must parse wherever their inputs do (independent parser: oxc).
function checkOutputsParse(outputs, unparsed) {
  for (const { path, layer, code } of outputs) {
    if (code === undefined) continue;
    const input = readFileSync(path, 'utf8');
    if (syntaxErrors(path, input).length > 0) continue;
    const errors = syntaxErrors(path, code);
    if (errors.length > 0) unparsed.push(`${path} [${layer}]: ${errors[0]}`);
  }
}

const table = [];
const deliberateTally = new Map();  // "D1 …" → file layers
const problems = [];
const unparsed = [];
const repos = Object.keys(expected.commits).filter((r) => !args.only || r === args.only);

for (const repo of repos) {
  const dir = repoDir(repo);
  if (!dir) {
    console.error(`conformance: ${repo}: not found under ${args.repos}; skipped`);
    continue;
  }
  const row = { repo, files: 0, agree: 0, deliberate: 0, disagree: 0, crash: 0, rejectedValid: 0, rejectedValidOk: 0 };
  const result = { outputs: [] };
  for (const file of expected.files.filter((f) => f.repo === repo)) {
    if (!existsSync(join(dir, file.path))) {
      console.error(`conformance: ${repo}/${file.path}: absent from the snapshot; skipped`);
      continue;
    }
    row.files++;
    const verdicts = ['server', 'client'].map((layer) => ({ layer, ...compareLayer(file, layer, dir, result) }));
    const worst = verdicts.find((v) => v.verdict === 'crash') ?? verdicts.find((v) => v.verdict === 'disagree') ??
      verdicts.find((v) => v.verdict === 'deliberate') ?? verdicts[0];
    row[worst.verdict]++;
    for (const v of verdicts) {
      if (v.verdict === 'deliberate') deliberateTally.set(v.detail, (deliberateTally.get(v.detail) ?? 0) + 1);
    }
    if (worst.verdict === 'disagree' || worst.verdict === 'crash' || args.verbose) {
      for (const v of verdicts) {
        if (v.verdict !== 'agree' || args.verbose) problems.push(`${v.verdict}: ${repo}/${file.path} [${v.layer}] ${v.detail}`);
      }
    }
  }
  // Files oxc parses that an earlier actionc rejected with syntax-error: they must compile.
  for (const file of (expected.validSyntaxRejected?.files ?? []).filter((f) => f.repo === repo)) {
    const path = join(dir, file.path);
    if (!existsSync(path)) continue;
    row.rejectedValid++;
    let ok = true;
    for (const layer of ['server', 'client']) {
      const run = actionc(['transform', path, '--layer', layer, '--root', dir]);
      result.outputs.push({ path, layer, code: run.status === 0 ? run.stdout : undefined });
      if (run.status !== 0) {
        ok = false;
        problems.push(`valid file rejected: ${repo}/${file.path} [${layer}] ${firstLine(run.stderr)}`);
        break;
      }
    }
    if (ok) row.rejectedValidOk++;
  }
  checkOutputsParse(result.outputs, unparsed);
  row.outputs = result.outputs.filter((o) => o.code !== undefined).length;
  if (args.build) Object.assign(row, buildWholeRepo(repo, dir));
  table.push(row);
  console.error(`conformance: ${repo}: ${row.agree}/${row.files} agree`);
}

// `actionc build` over the whole repository: no errors on files Next accepts, every
// written module parses.
function buildWholeRepo(repo, dir) {
  const out = mkdtempSync(join(tmpdir(), 'actionc-conformance-'));
  const expectedByPath = new Map(expected.files.filter((f) => f.repo === repo).map((f) => [f.path, f]));
  try {
    const started = process.hrtime.bigint();
    const run = actionc(['build', dir, '--out', out, '--no-cache', '--quiet']);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Errors in files Next also rejects, or rejects deliberately more strictly, are agreement.
    const errors = [...run.stderr.matchAll(/^(.*?):\d+:\d+: error: .*$/gm)]
      .filter((m) => {
        const file = expectedByPath.get(relative(dir, m[1]));
        if (!file) return !/\.snap\./.test(m[1]);  // test snapshots of other tools' output are not sources
        if (file.server.error) return false;
        return !/\[(capture-assigned|export-destructuring|re-export-not-action)\]/.test(m[0]);
      })
      .map((m) => m[0]);
    const warnings = (run.stderr.match(/^.*?:\d+:\d+: warning: /gm) ?? []).length;
    for (const e of errors.slice(0, 20)) problems.push(`build error: ${repo}: ${e}`);
    if (run.signal) problems.push(`build crash: ${repo}: ${run.signal}`);
    let written = 0;
    if (run.status === 0) {
      const layerOutputs = [];
      for (const layer of ['client', 'server']) {
        const base = join(out, layer);
        if (!existsSync(base)) continue;
        for (const path of walk(base)) {
          if (!/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(path) || path.endsWith('.d.ts')) continue;
          const rel = relative(base, path);
          const source = join(dir, rel);
          if (!existsSync(source)) continue;
          const code = readFileSync(path, 'utf8');
          if (code === readFileSync(source, 'utf8')) continue;
          written++;
          layerOutputs.push({ path: source, layer, code });
        }
      }
      checkOutputsParse(layerOutputs, unparsed);
    }
    return { build: run.status === 0 ? 'ok' : `exit ${run.status ?? run.signal}`, buildErrors: errors.length, buildWarnings: warnings, buildWritten: written, buildMs: Math.round(ms) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const total = (k) => table.reduce((s, r) => s + (r[k] ?? 0), 0);
const lines = [];
lines.push('| repository | files | agree | deliberate | disagree | crash | valid files compiled | build | build errors | changed outputs |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const r of table) {
  lines.push(`| ${r.repo} | ${r.files} | ${r.agree} | ${r.deliberate} | ${r.disagree} | ${r.crash} | ${r.rejectedValidOk}/${r.rejectedValid} | ${r.build ?? '-'} | ${r.buildErrors ?? '-'} | ${r.buildWritten ?? '-'} |`);
}
lines.push(`| **total** | ${total('files')} | ${total('agree')} | ${total('deliberate')} | ${total('disagree')} | ${total('crash')} | ${total('rejectedValidOk')}/${total('rejectedValid')} | | ${total('buildErrors')} | ${total('buildWritten')} |`);
lines.push('');
lines.push(`Emitted files checked with oxc: ${total('outputs')} per-file transforms, ${total('buildWritten')} build outputs; ${unparsed.length} do not parse.`);
lines.push('');
lines.push('Deliberate differences (file layers): ' +
  [...deliberateTally].sort().map(([what, n]) => `${what}: ${n}`).join('; '));
console.log(lines.join('\n'));
for (const p of problems) console.log(`- ${p}`);
for (const u of unparsed) console.log(`- output does not parse: ${u}`);
const failed = total('disagree') + total('crash') + unparsed.length + (total('rejectedValid') - total('rejectedValidOk')) + total('buildErrors');
process.exit(failed > 0 ? 1 : 0);
