// What tools/bench's scripts share: the project's source list, timing a process under
// /usr/bin/time -v with the rest of the machine's CPU use beside it, waiting for an idle
// machine, and a description of the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

export const log = (...m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);

// Same inputs actionc considers: source extensions, skipping node_modules, dot-dirs and tests.
const SRC = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEST = /\.(test|spec)\.[^.]+$/;
export function listSources(root) {
  const out = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === '__tests__') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (SRC.test(e.name) && !TEST.test(e.name) && !e.name.endsWith('.d.ts')) out.push(r);
    }
  };
  walk(root, '');
  return out.sort();
}

// Busy CPU seconds of the whole machine so far (/proc/stat, USER_HZ = 100).
export function machineBusyS() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = f;
  return (user + nice + system + irq + softirq + steal) / 100;
}

// Run argv under /usr/bin/time -v; returns wall ms, peak RSS KiB, user/sys s, stdout, and
// otherCpuS: CPU seconds the rest of the machine used meanwhile (other processes = noise).
export function timed(argv, { env, cwd } = {}) {
  const statFile = path.join(os.tmpdir(), `actionc-bench-time-${process.pid}.txt`);
  const busy0 = machineBusyS();
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', '-o', statFile, ...argv], {
    env: { ...process.env, ...env }, cwd, encoding: 'utf8', maxBuffer: 256 << 20,
  });
  const wallMs = performance.now() - t0;
  const busy = machineBusyS() - busy0;
  const stat = fs.readFileSync(statFile, 'utf8');
  fs.rmSync(statFile, { force: true });
  const num = (re) => { const m = stat.match(re); return m ? Number(m[1]) : NaN; };
  const res = {
    status: r.status, stdout: r.stdout, stderr: r.stderr, wallMs,
    maxRSSKiB: num(/Maximum resident set size \(kbytes\): (\d+)/),
    userS: num(/User time \(seconds\): ([\d.]+)/),
    sysS: num(/System time \(seconds\): ([\d.]+)/),
  };
  res.otherCpuS = Math.max(0, +(busy - res.userS - res.sysS).toFixed(2));
  return res;
}

// Wait (at most maxS seconds) until the machine is idle: < 10% busy over 10 s.
export async function waitIdle(maxS, windowS = 10) {
  const t0 = Date.now();
  for (;;) {
    const b0 = machineBusyS();
    await new Promise((r) => setTimeout(r, windowS * 1000));
    const frac = (machineBusyS() - b0) / windowS / (os.availableParallelism?.() ?? os.cpus().length);
    if (frac < 0.1) { log(`machine idle (${(frac * 100).toFixed(0)}% busy)`); return true; }
    if ((Date.now() - t0) / 1000 > maxS) { log(`still ${(frac * 100).toFixed(0)}% busy after ${maxS} s; measuring anyway`); return false; }
    log(`waiting for an idle machine (${(frac * 100).toFixed(0)}% busy, load ${loadavg()})`);
  }
}

export function sh(cmd, args, opts = {}) {
  try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...opts }).trim(); } catch { return '?'; }
}
export const pkgVersion = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return 'not installed'; }
};

export function machine(actionc) {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? '?';
  const memKiB = Number(fs.readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/)?.[1] ?? 0);
  const osRelease = fs.readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]*)"/)?.[1] ?? '?';
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu, ramGiB: +(memKiB / 1048576).toFixed(1), os: osRelease, kernel: os.release(),
    node: process.version, npm: sh('npm', ['--version']),
    actionc: sh(actionc, ['--version']), actionPath: actionc,
    actioncSha256: (() => { try { return createHash('sha256').update(fs.readFileSync(actionc)).digest('hex').slice(0, 16); } catch { return '?'; } })(),
    actioncMtime: (() => { try { return fs.statSync(actionc).mtime.toISOString(); } catch { return '?'; } })(),
    actioncCommit: sh('git', ['-C', repo, 'rev-parse', '--short', 'HEAD']),
    next: pkgVersion('next'), nextSwc: pkgVersion('@next/swc-linux-x64-gnu'),
    vite: pkgVersion('vite'), rolldown: pkgVersion('rolldown'), pluginRsc: pkgVersion('@vitejs/plugin-rsc'),
  };
}

export const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

