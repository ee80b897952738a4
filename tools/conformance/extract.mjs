#!/usr/bin/env node
// Extracts the HEAD tree of a bare git snapshot into a directory, skipping blobs the
// snapshot lacks (large files are left out of snapshots) instead of failing as
// `git archive` does. Prints the commit and what was skipped.
//
//   node tools/conformance/extract.mjs GIT_DIR DEST
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [gitDir, dest] = process.argv.slice(2);
if (!gitDir || !dest) {
  console.error('usage: extract.mjs GIT_DIR DEST');
  process.exit(2);
}
const git = (args, options = {}) => spawnSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, ...options });

const head = git(['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const listing = git(['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).stdout.toString('utf8');
const entries = [];
for (const record of listing.split('\0')) {
  if (!record) continue;
  const tab = record.indexOf('\t');
  const [mode, type, object] = record.slice(0, tab).split(' ');
  if (type === 'blob') entries.push({ mode, object, path: record.slice(tab + 1) });
}

// One `cat-file --batch` process streams every blob: "<sha> blob <size>\n<bytes>\n",
// or "<sha> missing\n" for blobs the snapshot lacks.
const batch = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let index = 0;
let written = 0;
const skipped = [];

function take() {
  while (index < entries.length) {
    const newline = buffer.indexOf(10);
    if (newline < 0) return;
    const header = buffer.subarray(0, newline).toString('utf8').split(' ');
    const entry = entries[index];
    if (header[1] === 'missing') {
      skipped.push(entry.path);
      buffer = buffer.subarray(newline + 1);
      index++;
      continue;
    }
    const size = Number(header[2]);
    if (buffer.length < newline + 1 + size + 1) return;
    const bytes = buffer.subarray(newline + 1, newline + 1 + size);
    buffer = buffer.subarray(newline + 1 + size + 1);
    const target = join(dest, entry.path);
    mkdirSync(dirname(target), { recursive: true });
    if (entry.mode === '120000') {
      try { symlinkSync(bytes.toString('utf8'), target); } catch { /* an existing link */ }
    } else if (entry.mode !== '160000') {
      writeFileSync(target, bytes, { mode: entry.mode === '100755' ? 0o755 : 0o644 });
    }
    written++;
    index++;
  }
}

batch.stdout.on('data', (chunk) => {
  buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
  take();
});
batch.on('close', () => {
  take();
  console.log(`${gitDir}: HEAD ${head}: ${written} files extracted to ${dest}, ${skipped.length} absent from the snapshot`);
  for (const path of skipped) console.log(`  absent: ${path}`);
});
for (const entry of entries) batch.stdin.write(`${entry.object}\n`);
batch.stdin.end();
