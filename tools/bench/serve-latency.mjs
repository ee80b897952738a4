// Latency of `actionc serve` for one module, as a bundler plugin sees it: round trip of
// a `transform` request (JSON over a pipe) for a ~2 KB 'use server' module, sequential,
// after warm-up. Also reports the round trip of a module with no 'use server' (the common
// case once a plugin's prefilter is off).
//   node serve-latency.mjs --actionc ../../build/compiler/actionc --project DIR [--requests 2000]
import { spawn, execFileSync } from 'node:child_process';
import readline from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    actionc: { type: 'string', default: '../../build/compiler/actionc' },
    project: { type: 'string' },
    requests: { type: 'string', default: '2000' },
  },
});
if (!values.project) throw new Error('--project DIR (e.g. made by generate.mjs) is required');
const count = Number(values.requests);
const key = execFileSync(values.actionc, ['keygen'], { encoding: 'utf8' }).trim();

const actionModule = `'use server';
import { db } from '@/lib/db';
import { revalidatePath } from 'next/cache';

export type Result = { ok: boolean; id?: number; error?: string };

${Array.from({ length: 8 }, (_, i) => `export async function action${i}(formData: FormData): Promise<Result> {
  const title = String(formData.get('title') ?? '').trim();
  if (!title) return { ok: false, error: 'title is required' };
  const row = await db.insert('posts', { title, n: ${i} });
  revalidatePath('/posts');
  return { ok: true, id: row.id };
}`).join('\n\n')}
`;
const plainModule = actionModule.replace("'use server';\n", '').replaceAll('export async function', 'async function');

const started = Date.now();
const child = spawn(values.actionc, ['serve', values.project], {
  env: { ...process.env, ACTIONC_ENCRYPTION_KEY: key },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = readline.createInterface({ input: child.stdout });
const waiting = [];
lines.on('line', (line) => waiting.shift()(line));
const send = (request) =>
  new Promise((resolve) => {
    waiting.push(resolve);
    child.stdin.write(JSON.stringify(request) + '\n');
  });

await send({ method: 'manifest' }); // waits for the initial scan
const scanMs = Date.now() - started;

function percentiles(times) {
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p90: at(0.9), p99: at(0.99) };
}

// `edit`: every request changes one line of the module, as typing in an editor does, so
// the server reparses (incrementally) each time; otherwise the same text is re-sent.
async function measure(path, source, layer, edit = false) {
  const roundTrips = [];
  const server = [];
  for (let i = 0; i < count + 200; i++) {
    const text = edit ? source.replace("'title is required'", `'title is required (${i})'`) : source;
    const t0 = process.hrtime.bigint();
    const line = await send({ id: i, method: 'transform', path, layer, source: text, timing: true });
    const t1 = process.hrtime.bigint();
    const response = JSON.parse(line);
    if (i === 0 && !response.ok) throw new Error(line);
    if (i >= 200) {
      roundTrips.push(Number(t1 - t0) / 1000);
      server.push(response.micros);
    }
  }
  return { roundTrip: percentiles(roundTrips), server: percentiles(server) };
}

const rows = [
  ['use server module, client layer, same text', await measure('app/bench-actions.ts', actionModule, 'client')],
  ['use server module, server layer, same text', await measure('app/bench-actions.ts', actionModule, 'server')],
  ['use server module, server layer, one line edited per request', await measure('app/bench-actions.ts', actionModule, 'server', true)],
  ['plain module, one line edited per request', await measure('app/bench-plain.ts', plainModule, 'server', true)],
];
await send({ method: 'shutdown' });

console.log(`actionc serve on ${values.project}: initial scan ${scanMs} ms; module ${actionModule.length} bytes; ${count} requests each`);
console.log('| request | server median µs | server p90 µs | round trip median µs | round trip p90 µs |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, r] of rows) {
  console.log(`| ${name} | ${r.server.median} | ${r.server.p90} | ${r.roundTrip.median.toFixed(0)} | ${r.roundTrip.p90.toFixed(0)} |`);
}
