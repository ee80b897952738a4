// TypeScript as the oracle of actionc's module resolution. For every fixture project in
// testdata/resolution/<case>/, runs `tsc -p <config> --traceResolution` for each config
// its oracle.json lists, and compares, import by import, with `actionc dump-resolution`:
//
//   tsc resolved to a module of ROOT          → actionc must resolve to the same module;
//   tsc resolved into node_modules or outside → actionc must call it external;
//   tsc did not resolve it                    → actionc must not resolve it to a module
//                                               (unless oracle.json lists it under
//                                               "bundlerOnly", with the reason).
//
// A fixture's `_node_modules/` directories become `node_modules/` in the temporary copy
// (the repository ignores node_modules), and oracle.json "links" become symbolic links,
// as a workspace package manager makes them.
//
// Usage: node oracle.mjs ACTIONC [CASE…]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../testdata/resolution');
const tsc = join(here, 'node_modules/typescript/bin/tsc');
const [actionc, ...only] = process.argv.slice(2);
if (!actionc) {
  console.error('usage: node oracle.mjs ACTIONC [CASE…]');
  process.exit(2);
}
if (!existsSync(tsc)) {
  console.error(`${tsc} is missing: run tests/resolution/run-oracle.sh, which installs the pinned TypeScript`);
  process.exit(2);
}

function renameNodeModules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === '_node_modules') {
      renameSync(path, join(dir, 'node_modules'));
      renameNodeModules(join(dir, 'node_modules'));
    } else {
      renameNodeModules(path);
    }
  }
}

// (importing file, specifier) → resolved absolute path, or null, from a trace.
function parseTrace(text, answers) {
  let current = null;
  for (const line of text.split('\n')) {
    let m = /^======== Resolving module '(.*)' from '(.*)'\. ========$/.exec(line);
    if (m) {
      current = { specifier: m[1], from: m[2] };
      continue;
    }
    m = /^======== Module name '(.*)' was (?:successfully resolved to '([^']*)'|not resolved)/.exec(line);
    if (m && current && m[1] === current.specifier) {
      const key = `${current.from}\0${current.specifier}`;
      // The first project that resolves it decides (a file owned by two projects).
      if (!answers.has(key) || answers.get(key) === null) answers.set(key, m[2] ?? null);
      current = null;
    }
  }
}

function runCase(name) {
  const source = join(fixtures, name);
  const oracle = JSON.parse(readFileSync(join(source, 'oracle.json'), 'utf8'));
  const root = realpathSync(mkdtempSync(join(tmpdir(), `actionc-oracle-${name}-`)));
  try {
    cpSync(source, root, { recursive: true });
    rmSync(join(root, 'oracle.json'));
    renameNodeModules(root);
    for (const [link, target] of Object.entries(oracle.links ?? {})) {
      mkdirSync(dirname(join(root, link)), { recursive: true });
      symlinkSync(relative(dirname(join(root, link)), join(root, target)), join(root, link), 'dir');
    }
    const answers = new Map();
    for (const project of oracle.projects) {
      const run = spawnSync(process.execPath, [tsc, '-p', project, '--traceResolution', '--noEmit'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
      if (run.error) throw run.error;
      if (!run.stdout.includes('======== Resolving module')) throw new Error(`${name}: tsc -p ${project} traced nothing:\n${run.stdout}${run.stderr}`);
      parseTrace(run.stdout, answers);
    }
    const dump = spawnSync(actionc, ['dump-resolution', root], { encoding: 'utf8' });
    if (dump.status !== 0) throw new Error(`${name}: actionc dump-resolution failed:\n${dump.stderr}`);
    const bundlerOnly = new Set((oracle.bundlerOnly ?? []).map((e) => `${e.from}\0${e.specifier}`));
    const failures = [];
    let compared = 0;
    for (const line of dump.stdout.split('\n').filter(Boolean)) {
      const ours = JSON.parse(line);
      const key = `${join(root, ours.from)}\0${ours.specifier}`;
      if (!answers.has(key)) {
        if (process.env.ORACLE_DEBUG) console.log(`  (not traced by tsc) ${ours.from}: ${ours.specifier}`);
        continue; // a file no listed project includes
      }
      compared++;
      const theirs = answers.get(key);
      const where = `${ours.from}: '${ours.specifier}'`;
      if (theirs === null) {
        if (ours.outcome === 'resolved' && !bundlerOnly.has(`${ours.from}\0${ours.specifier}`)) {
          failures.push(`${where}: tsc does not resolve it, actionc resolves it to ${ours.module}`);
        }
        continue;
      }
      const real = realpathSync(theirs);
      const rel = relative(root, real).split(sep).join('/');
      const outside = rel.startsWith('..') || rel.split('/').includes('node_modules');
      if (outside) {
        if (ours.outcome !== 'external') failures.push(`${where}: tsc resolves it outside ROOT (${theirs}), actionc says ${ours.outcome}`);
      } else if (ours.outcome !== 'resolved' || ours.module !== rel) {
        failures.push(`${where}: tsc resolves it to ${rel}, actionc says ${ours.outcome}${ours.module ? ` ${ours.module}` : ''}`);
      }
    }
    if (compared < (oracle.minimumCompared ?? 1)) failures.push(`only ${compared} imports compared (expected at least ${oracle.minimumCompared ?? 1})`);
    return { compared, failures };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

let failed = 0;
const cases = readdirSync(fixtures).filter((c) => existsSync(join(fixtures, c, 'oracle.json')) && (!only.length || only.includes(c)));
for (const name of cases.sort()) {
  const { compared, failures } = runCase(name);
  if (failures.length) {
    failed++;
    console.log(`FAIL ${name}: ${failures.length} of ${compared} imports disagree with tsc`);
    for (const f of failures) console.log(`  ${f}`);
  } else {
    console.log(`ok   ${name}: ${compared} imports agree with tsc --traceResolution`);
  }
}
if (!cases.length) {
  console.log('no fixtures found');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
