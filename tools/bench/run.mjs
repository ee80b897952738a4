#!/usr/bin/env node
// Side-by-side benchmark: actionc vs Next.js's SWC server-actions transform vs Vite +
// @vitejs/plugin-rsc, on one generated project, in one run.
//
//   node run.mjs [--modules 20000] [--seed 1] [--work /tmp/actionc-bench] [--actionc PATH]
//                [--jobs 1,2] [--threads 1,2,async] [--peers next,vite-rsc] [--repeat 1]
//                [--wait-idle SECONDS]
//                [--regenerate] [--out results.json]
//
// The project is generated into WORK/project-N-sSEED and reused by later runs while
// generate.mjs is unchanged (its hash is kept in .bench-summary.json); --regenerate forces it.
//
// Every measurement is a separate process started under `/usr/bin/time -v` (peak RSS = max RSS
// of that process including its threads); wall time is measured here around the process, so it
// includes process start-up and module loading for every tool alike. With --repeat N each row
// is run N times and the run with the median wall time is reported.
// Cold actionc builds write into a fresh, never-used directory; old output directories are
// removed only at the end (on ext4, creating files right after deleting tens of thousands costs
// seconds of kernel time in the inode allocator, which would otherwise land in the next run).
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

function parseArgs(argv) {
  const a = {
    modules: 20000, seed: 1, work: path.join(os.tmpdir(), 'actionc-bench'),
    actionc: path.join(repo, 'build/compiler/actionc'),
    jobs: [1, 2], threads: [1, 2, 'async'], peers: ['next', 'vite-rsc'], regenerate: false, out: null, repeat: 1,
  };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--modules') a.modules = parseInt(v(), 10);
    else if (k === '--seed') a.seed = parseInt(v(), 10);
    else if (k === '--work') a.work = path.resolve(v());
    else if (k === '--actionc') a.actionc = path.resolve(v());
    else if (k === '--jobs') a.jobs = v().split(',').filter(Boolean).map(Number);
    else if (k === '--threads') a.threads = v().split(',').filter(Boolean).map((x) => (x === 'async' ? x : Number(x)));
    else if (k === '--repeat') a.repeat = parseInt(v(), 10);
    else if (k === '--wait-idle') a.waitIdle = parseInt(v(), 10);
    else if (k === '--peers') a.peers = v().split(',').filter(Boolean);
    else if (k === '--regenerate') a.regenerate = true;
    else if (k === '--reuse') a.regenerate = false; // default; kept for old command lines
    else if (k === '--out') a.out = path.resolve(v());
    else if (k === '-h' || k === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 12).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

import { listSources, loadavg, log, machine, machineBusyS, pkgVersion, sh, timed, waitIdle } from './common.mjs';

async function main() {
  const args = parseArgs(process.argv);
  if (!fs.existsSync(args.actionc)) throw new Error(`actionc not found at ${args.actionc} (pass --actionc)`);
  fs.mkdirSync(args.work, { recursive: true });
  const root = path.join(args.work, `project-${args.modules}-s${args.seed}`);
  const outBase = path.join(args.work, 'out');
  fs.mkdirSync(outBase, { recursive: true });
  const stale = fs.readdirSync(outBase).map((d) => path.join(outBase, d)); // removed at the end
  let outSeq = 0;
  const freshOut = () => path.join(outBase, `${args.modules}-s${args.seed}-${process.pid}-${outSeq++}`);
  const steps = {};
  const step = (name, f) => { const t = performance.now(); const r = f(); steps[name] = +((performance.now() - t) / 1000).toFixed(2); return r; };
  const stepAsync = async (name, f) => { const t = performance.now(); const r = await f(); steps[name] = +((performance.now() - t) / 1000).toFixed(2); return r; };

  const mach = machine(args.actionc);
  const loadBefore = loadavg();
  log('machine', JSON.stringify(mach), 'load', loadBefore);

  let summary = null;
  const genHash = createHash('sha256').update(fs.readFileSync(path.join(here, 'generate.mjs'))).digest('hex').slice(0, 16);
  try { summary = JSON.parse(fs.readFileSync(path.join(root, '.bench-summary.json'), 'utf8')); } catch {}
  if (!args.regenerate && summary && summary.generator === genHash) {
    log('reusing', root);
  } else {
    log('generating', args.modules, 'modules into', root);
    step('generate', () => execFileSync(process.execPath, [path.join(here, 'generate.mjs'), '--out', root,
      '--modules', String(args.modules), '--seed', String(args.seed)], { stdio: ['ignore', 'ignore', 'inherit'] }));
    summary = JSON.parse(fs.readFileSync(path.join(root, '.bench-summary.json'), 'utf8'));
    summary.generator = genHash;
    fs.writeFileSync(path.join(root, '.bench-summary.json'), JSON.stringify(summary, null, 2) + '\n');
  }
  const files = listSources(root);
  let bytes = 0;
  for (const f of files) bytes += fs.statSync(path.join(root, f)).size;
  const listFile = path.join(args.work, `files-${args.modules}-s${args.seed}.json`);
  fs.writeFileSync(listFile, JSON.stringify(files));
  // warm the page cache the same way for everyone
  for (const f of files) fs.readFileSync(path.join(root, f));
  log(`${files.length} source files, ${(bytes / 1e6).toFixed(1)} MB`);

  if (args.waitIdle) await waitIdle(args.waitIdle);
  const key = sh(args.actionc, ['keygen']);
  const rows = [];
  const add = (row) => {
    row.filesPerS = files.length / (row.wallMs / 1000);
    row.mbPerS = bytes / 1e6 / (row.wallMs / 1000);
    rows.push(row);
    log(`${row.tool} ${row.mode} x${row.threads}: ${(row.wallMs / 1000).toFixed(2)} s, ${Math.round(row.maxRSSKiB / 1024)} MiB${row.note ? ' — ' + row.note : ''}`);
  };

  // median-of-N wall time; every attempt listed in the JSON. With --wait-idle, each attempt
  // first waits (at most 90 s) for the machine to be idle.
  const repeat = (name, f) => stepAsync(name, async () => {
    const runs = [];
    for (let i = 0; i < args.repeat; i++) {
      if (args.waitIdle) await waitIdle(Math.min(90, args.waitIdle), 3);
      runs.push(f());
    }
    const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
    const med = sorted[(sorted.length - 1) >> 1];
    med.allWallMs = runs.map((r) => Math.round(r.wallMs));
    return med;
  });

  // ---- actionc ----
  let outDir;
  for (const j of args.jobs) {
    const env = { ACTIONC_ENCRYPTION_KEY: key };
    const cold = await repeat(`actionc --jobs ${j} cold`, () => {
      outDir = freshOut();
      const r = timed([args.actionc, '--jobs', String(j), '--quiet', 'build', root, '--out', outDir], { env });
      if (r.status !== 0) throw new Error(`actionc failed (${r.status}):\n${r.stderr.slice(0, 4000)}`);
      return r;
    });
    add({ tool: 'actionc', mode: 'build, cold (new out dir)', threads: j, ...pick(cold) });
    const warm = await repeat(`actionc --jobs ${j} rebuild`, () => {
      const r = timed([args.actionc, '--jobs', String(j), '--quiet', 'build', root, '--out', outDir], { env });
      if (r.status !== 0) throw new Error(`actionc rebuild failed (${r.status}):\n${r.stderr.slice(0, 4000)}`);
      return r;
    });
    add({ tool: 'actionc', mode: 'build, no-change rebuild', threads: j, ...pick(warm) });
    // What a developer waits for after saving one file: one 'use server' module edited
    // (a comment appended, a new one each attempt), everything else as before. The
    // module is restored afterwards, so every tool sees the generated project.
    const edited = files.find((f) => fs.readFileSync(path.join(root, f), 'utf8').startsWith("'use server'"));
    const original = fs.readFileSync(path.join(root, edited), 'utf8');
    let edits = 0;
    try {
      const edit = await repeat(`actionc --jobs ${j} edit rebuild`, () => {
        fs.writeFileSync(path.join(root, edited), `${original}\n// edit ${++edits}\n`);
        const r = timed([args.actionc, '--jobs', String(j), '--quiet', 'build', root, '--out', outDir], { env });
        if (r.status !== 0) throw new Error(`actionc rebuild failed (${r.status}):\n${r.stderr.slice(0, 4000)}`);
        return r;
      });
      add({ tool: 'actionc', mode: 'build, rebuild after one module edited', threads: j, ...pick(edit) });
    } finally {
      fs.writeFileSync(path.join(root, edited), original);
    }
  }
  let manifestActions = null;
  try { manifestActions = JSON.parse(fs.readFileSync(path.join(outDir, 'actions.manifest.json'), 'utf8')).actions?.length ?? null; } catch {}

  // ---- peers ----
  const peerMode = {
    next: 'SWC transform: rsc layer (all) + browser layer (\'use server\' modules)',
    'vite-rsc': 'oxc TS/JSX strip + parse (all) + plugin-rsc transforms (rsc + client env)',
  };
  for (const p of args.peers) {
    for (const t of args.threads) {
      const r = await repeat(`${p} x${t}`, () => {
        const r = timed([process.execPath, path.join(here, 'peer.mjs'), '--peer', p, '--root', root,
          '--list', listFile, '--threads', String(t), '--key', key], { cwd: here });
        if (r.status !== 0) throw new Error(`${p} failed (${r.status}):\n${r.stderr.slice(0, 4000)}`);
        return r;
      });
      const res = JSON.parse(r.stdout.trim().split('\n').pop());
      add({
        tool: p === 'next' ? `next ${mach.next}` : `plugin-rsc ${mach.pluginRsc}`,
        mode: peerMode[p], threads: t, ...pick(r),
        inProcess: { setupMs: res.setupMs, workMs: res.workMs, phases: res.phases, files: res.files, errors: res.errors, outBytes: res.outBytes },
        note: res.errors ? `${res.errors} files failed: ${res.firstErrors[0]}` : '',
      });
    }
  }
  const loadAfter = loadavg();
  step('cleanup', () => { for (const d of [...stale, ...fs.readdirSync(outBase).map((d) => path.join(outBase, d)).filter((d) => d !== outDir)]) fs.rmSync(d, { recursive: true, force: true }); });

  const result = {
    date: new Date().toISOString(), command: process.argv.slice(1).join(' '), machine: mach,
    load: { before: loadBefore, after: loadAfter }, project: { ...summary, root, sourceFiles: files.length, sourceBytes: bytes, manifestActions },
    steps, rows,
  };
  const outJson = args.out ?? path.join(args.work, `results-${args.modules}-s${args.seed}.json`);
  fs.writeFileSync(outJson, JSON.stringify(result, null, 2) + '\n');
  log('wrote', outJson);
  console.log(table(result));
}

const pick = (r) => ({ wallMs: r.wallMs, maxRSSKiB: r.maxRSSKiB, userS: r.userS, sysS: r.sysS, otherCpuS: r.otherCpuS, allWallMs: r.allWallMs });

export function table(result) {
  const { rows, project, load } = result;
  // async peers use every core: compare with actionc at the highest --jobs measured
  const maxJobs = Math.max(...rows.filter((r) => r.tool === 'actionc').map((r) => r.threads));
  const base = (threads) => rows.find((r) => r.tool === 'actionc' && r.mode.startsWith('build, cold') && r.threads === (threads === 'async' ? maxJobs : threads))
    ?? rows.find((r) => r.tool === 'actionc' && r.mode.startsWith('build, cold'));
  const lines = [];
  lines.push(`${project.sourceFiles} files, ${(project.sourceBytes / 1e6).toFixed(1)} MB (${project.useServerModules} 'use server' modules with ${project.actionsExported} exported actions, ${project.pagesWithInlineActions} server components with inline actions); load avg before ${load.before}, after ${load.after}`);
  lines.push('');
  lines.push('| tool | what | threads | wall s | files/s | MB/s | peak RSS MiB | CPU s user+sys | other procs CPU s² | wall ÷ actionc cold wall |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const b = base(r.threads);
    const ratio = r === b ? '1.00×' : `${(r.wallMs / b.wallMs).toFixed(2)}×`;
    const thr = r.threads === 'async' ? 'async¹' : r.tool === 'actionc' ? `--jobs ${r.threads}` : r.threads === 1 ? '1 (main)' : `${r.threads} workers`;
    const vs = r === b ? '' : ` (vs --jobs ${b.threads})`;
    lines.push(`| ${r.tool} | ${r.mode} | ${thr} | ${(r.wallMs / 1000).toFixed(2)} | ${Math.round(r.filesPerS).toLocaleString('en-US')} | ${r.mbPerS.toFixed(1)} | ${Math.round(r.maxRSSKiB / 1024)} | ${r.userS.toFixed(1)}+${r.sysS.toFixed(1)} | ${r.otherCpuS?.toFixed(1) ?? '?'} | ${ratio}${vs} |`);
  }
  lines.push('');
  lines.push('¹ async: one main thread with 16 files in flight through the async API (Next: `transform` on the libuv pool, UV_THREADPOOL_SIZE default 4, as next-swc-loader runs under webpack; Vite: `parseAstAsync`), compared with actionc at its highest --jobs.');
  lines.push('² CPU seconds used by everything else on the machine during that measurement (from /proc/stat); near 0 means the numbers are clean.');
  const peers = rows.filter((r) => r.inProcess);
  if (peers.length) {
    lines.push('');
    lines.push('In-process breakdown of the peers (setup = loading the native binding / modules; phases summed over threads, ms):');
    lines.push('');
    lines.push('| tool | threads | setup ms | work ms | phases |');
    lines.push('|---|---:|---:|---:|---|');
    for (const r of peers) {
      const ph = Object.entries(r.inProcess.phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
      lines.push(`| ${r.tool} | ${r.threads} | ${Math.round(r.inProcess.setupMs)} | ${Math.round(r.inProcess.workMs)} | ${ph} |`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
