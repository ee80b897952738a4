#!/usr/bin/env node
// A stand-in for `actionc serve` that speaks the JSON-lines protocol of docs/serve.md,
// for testing the protocol client alone. Behaviour switches (from the environment):
//   FAKE_SERVE_CRASH_ON=<text>   exit(3) when a transform's source contains <text>
//   FAKE_SERVE_CRASH_ONCE=<file> ... but only if <file> does not exist (then create it)
//   FAKE_SERVE_LOG=<file>        append every request line to <file>
import { createInterface } from 'node:readline';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';

const root = process.argv[3];
if (process.argv[2] !== 'serve' || !root) {
  process.stderr.write('usage: fake-serve serve ROOT\n');
  process.exit(2);
}
process.stderr.write(`fake serve started on ${root}\n`);
const facts = new Map();
const send = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  if (process.env.FAKE_SERVE_LOG) appendFileSync(process.env.FAKE_SERVE_LOG, line + '\n');
  let req;
  try {
    req = JSON.parse(line);
  } catch {
    send({ ok: false, error: 'bad JSON' });
    return;
  }
  const { id, method } = req;
  if (method === 'shutdown') {
    send({ ok: true });
    process.exit(0);
  }
  if (method === 'manifest') {
    const actions = [...facts.entries()].flatMap(([module, names]) => names.map((name) => ({ module, export: name })));
    send({ id, ok: true, manifest: JSON.stringify({ version: 1, actions }, null, 2) + '\n' });
    return;
  }
  if (method === 'forget') {
    facts.delete(req.path);
    send({ id, ok: true });
    return;
  }
  if (method !== 'transform') {
    send({ id, ok: false, error: `unknown method ${method}` });
    return;
  }
  const source = req.source ?? '';
  const crash = process.env.FAKE_SERVE_CRASH_ON;
  if (crash && source.includes(crash)) {
    const once = process.env.FAKE_SERVE_CRASH_ONCE;
    if (!once || !existsSync(once)) {
      if (once) writeFileSync(once, 'crashed');
      process.stderr.write('fake serve: boom\n');
      process.exit(3);
    }
  }
  if (!/^\s*['"]use server['"]/.test(source)) {
    facts.delete(req.path);
    send({ id, ok: true, changed: false, diagnostics: [], actions: [] });
    return;
  }
  const lines = source.split('\n');
  const bad = lines.findIndex((l) => /export const \w+ = \d/.test(l));
  if (bad !== -1) {
    const column = lines[bad].indexOf('const') + 7;
    send({
      id, ok: false, diagnostics: [{
        severity: 'error', code: 'export-not-function', message: 'only async functions may be exported', path: req.path,
        line: bad + 1, column, rendered: `${req.path}:${bad + 1}:${column}: error: only async functions may be exported\n${lines[bad]}\n${' '.repeat(column - 1)}^`,
      }],
    });
    return;
  }
  const names = [...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]);
  facts.set(req.path, names);
  const code = req.layer === 'client'
    ? `import { createServerReference, callServer } from "actionc/client";\n` + names.map((n) => `export const ${n} = createServerReference("ID_${n}", callServer, undefined, undefined, "${n}");`).join('\n') + '\n'
    : source + `\nimport { registerServerReference } from "actionc/server";\n` + names.map((n) => `registerServerReference(${n}, "ID_${n}", "${n}");`).join('\n') + '\n';
  send({ id, ok: true, changed: true, code, map: { version: 3, sources: [req.path], names: [], mappings: '' }, diagnostics: [],
    actions: names.map((n) => ({ id: `ID_${n}`, export: n, kind: 'module', line: 1, column: 1, params: 0, bound: 0 })) });
});
rl.on('close', () => process.exit(0));
