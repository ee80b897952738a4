#!/usr/bin/env node
// Real apps, side by side (issue 17): over each public repository in a directory, a cold
// `actionc build` (default output mode, --jobs 2), its no-change rebuild, Next.js's SWC
// server-actions transform with next-swc-loader's options and with the actions transform
// alone (2 worker threads each), and `cat` of the same files. Runs are interleaved
// (actionc, Next, Next, cat, then again), each tool at least --rounds times; medians are
// reported, with the CPU the rest of the machine used during each run beside it.
//
//   node real-apps.mjs --apps DIR[,DIR…] | --apps-dir DIR  [--rounds 3] [--min-files 0]
//        [--actionc PATH] [--jobs 2] [--threads 2] [--work /tmp/actionc-bench-real]
//        [--wait-idle SECONDS] [--out results.json] [--exclude APP/PATH]…
//
// The file list is the same for every tool: the sources actionc considers (common.mjs),
// less what --exclude names (a file one tool cannot finish: it leaves every tool's list,
// and the results record it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSources, loadavg, log, machine, pkgVersion, timed, waitIdle } from './common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const KEY = fs.readFileSync(path.join(repo, 'tests/golden/test.key'), 'utf8').trim();

function parseArgs(argv) {
  const a = {
    apps: [], rounds: 3, minFiles: 0, actionc: path.join(repo, 'build/compiler/actionc'), jobs: 2, threads: 2,
    work: path.join(os.tmpdir(), 'actionc-bench-real'), out: null, waitIdle: 0, exclude: [],
  };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--apps') a.apps.push(...v().split(',').filter(Boolean).map((p) => path.resolve(p)));
    else if (k === '--apps-dir') {
      const dir = path.resolve(v());
      for (const name of fs.readdirSync(dir).sort()) {
        if (fs.statSync(path.join(dir, name)).isDirectory()) a.apps.push(path.join(dir, name));
      }
    } else if (k === '--rounds') a.rounds = parseInt(v(), 10);
    else if (k === '--min-files') a.minFiles = parseInt(v(), 10);
    else if (k === '--actionc') a.actionc = path.resolve(v());
    else if (k === '--jobs') a.jobs = parseInt(v(), 10);
    else if (k === '--threads') a.threads = parseInt(v(), 10);
    else if (k === '--work') a.work = path.resolve(v());
    else if (k === '--wait-idle') a.waitIdle = parseInt(v(), 10);
    else if (k === '--out') a.out = path.resolve(v());
    else if (k === '--exclude') a.exclude.push(v());
    else if (k === '-h' || k === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 13).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${k}`);
  }
  if (a.apps.length === 0) throw new Error('no apps: pass --apps DIR[,DIR…] or --apps-dir DIR');
  return a;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// One measurement of each tool on one app; every tool reads the same file list.
function measureOnce(args, { app, listFile, listJson }, round) {
  const out = path.join(args.work, `${path.basename(app)}-out-${round}`);
  fs.rmSync(out, { recursive: true, force: true });
  const env = { ACTIONC_ENCRYPTION_KEY: KEY, ACTIONC_PREVIOUS_KEYS: '', NO_COLOR: '1' };
  const build = (extra) => timed([args.actionc, '--jobs', String(args.jobs), 'build', app, '--out', out, '--quiet', ...extra], { env });
  const runs = {};
  runs.actionc = build(['--no-cache']);
  build([]);                          // records the build state (the cold build's stamps are racy)
  runs.actioncNoChange = build([]);   // nothing changed since: stats only
  for (const options of ['loader', 'minimal']) {
    runs[`next-${options}`] = timed(['node', path.join(here, 'peer.mjs'), '--peer', 'next', '--root', app, '--list', listJson,
      '--threads', String(args.threads), '--key', KEY, '--options', options]);
  }
  runs.cat = timed(['sh', '-c', 'xargs -d "\\n" -a "$0" cat > /dev/null', listFile], { cwd: app });
  fs.rmSync(out, { recursive: true, force: true });
  for (const [tool, r] of Object.entries(runs)) {
    if (r.status !== 0 && tool !== 'actionc' && tool !== 'actioncNoChange') {
      log(`${path.basename(app)}: ${tool} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    }
  }
  return runs;
}

async function main() {
  const args = parseArgs(process.argv);
  fs.mkdirSync(args.work, { recursive: true });
  const apps = [];
  for (const app of args.apps) {
    const excluded = new Set(args.exclude.filter((e) => e.startsWith(`${path.basename(app)}/`))
      .map((e) => e.slice(path.basename(app).length + 1)));
    const files = listSources(app).filter((f) => !excluded.has(f));
    if (files.length < args.minFiles) continue;
    const listFile = path.join(args.work, `${path.basename(app)}.files.txt`);
    const listJson = path.join(args.work, `${path.basename(app)}.files.json`);
    fs.writeFileSync(listFile, files.join('\n') + '\n');
    fs.writeFileSync(listJson, JSON.stringify(files));
    const bytes = files.reduce((s, f) => s + fs.statSync(path.join(app, f)).size, 0);
    apps.push({ app, name: path.basename(app), files: files.length, bytes, listFile, listJson, runs: [] });
  }
  if (args.waitIdle) await waitIdle(args.waitIdle);
  for (let round = 1; round <= args.rounds; round++) {
    for (const a of apps) {
      log(`round ${round}/${args.rounds}: ${a.name} (${a.files} files, load ${loadavg()})`);
      a.runs.push(measureOnce(args, a, round));
    }
  }
  const rows = apps.map((a) => {
    const stat = (tool) => {
      const rs = a.runs.map((r) => r[tool]);
      return {
        wallMs: median(rs.map((r) => r.wallMs)),
        otherCpuS: median(rs.map((r) => r.otherCpuS)),
        maxRSSKiB: Math.max(...rs.map((r) => r.maxRSSKiB)),
        status: rs.map((r) => r.status),
        all: rs.map((r) => Math.round(r.wallMs)),
      };
    };
    const tools = Object.fromEntries(['actionc', 'actioncNoChange', 'next-loader', 'next-minimal', 'cat'].map((t) => [t, stat(t)]));
    return { name: a.name, files: a.files, bytes: a.bytes, tools };
  });
  const result = { machine: machine(args.actionc), next: pkgVersion('next'), args: { ...args, apps: args.apps }, rows };
  fs.writeFileSync(args.out ?? path.join(args.work, 'real-apps.json'), JSON.stringify({ ...result, raw: apps }, null, 1));

  const ms = (x) => `${Math.round(x)}`;
  const ratio = (x, y) => `${(x / y).toFixed(1)}×`;
  console.log(`| app | files | MB | actionc ms | no-change ms | Next loader ms | Next minimal ms | cat ms | vs loader | vs minimal | actionc / cat | RSS MiB | other CPU s |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    const t = r.tools;
    console.log(`| ${r.name} | ${r.files} | ${(r.bytes / 1048576).toFixed(1)} | ${ms(t.actionc.wallMs)} | ${ms(t.actioncNoChange.wallMs)} | ` +
      `${ms(t['next-loader'].wallMs)} | ${ms(t['next-minimal'].wallMs)} | ${ms(t.cat.wallMs)} | ` +
      `${ratio(t['next-loader'].wallMs, t.actionc.wallMs)} | ${ratio(t['next-minimal'].wallMs, t.actionc.wallMs)} | ` +
      `${ratio(t.actionc.wallMs, t.cat.wallMs)} | ${(t.actionc.maxRSSKiB / 1024).toFixed(0)} | ${t.actionc.otherCpuS} |`);
  }
}

await main();
