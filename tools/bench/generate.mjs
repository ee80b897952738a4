#!/usr/bin/env node
// Generates a deterministic synthetic Next.js (App Router) style project for benchmarking.
//
//   node generate.mjs --out DIR [--modules 20000] [--seed 1] [--avg-size 2048]
//
// Mix (fractions of --modules):
//   3%  'use server' modules (app/actions/**.ts), 2-6 async exported actions each, in the
//       forms real projects use (export async function, export const f = async () =>,
//       export default async function, export { a, b as c }), plus erased TS types
//   5%  server components (app/**/page.tsx) with inline `async function x() { 'use server' }`
//       / `const x = async () => { 'use server' }` actions capturing outer variables
//       (params, member chains, map() callback variables)
//  12%  'use client' components importing actions by name (via @/app/actions/* alias or a
//       relative path) and calling them from event handlers / form actions
//  20%  server components without actions (TSX, JSX, props types, generics)
//  45%  lib modules (lib/**.ts): interfaces, generics, classes, utilities, imported via @/lib/*
//  15%  other: hooks (.ts), plain JS utilities (.js/.mjs), type-only modules
// Module sizes follow a skewed distribution with the requested average (default ~2 KB).
// Same --seed and --modules -> byte-identical tree.
import fs from 'node:fs';
import path from 'node:path';

function parseArgs(argv) {
  const args = { out: null, modules: 20000, seed: 1, avgSize: 2048 };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--out') args.out = v();
    else if (a === '--modules') args.modules = parseInt(v(), 10);
    else if (a === '--seed') args.seed = parseInt(v(), 10);
    else if (a === '--avg-size') args.avgSize = parseInt(v(), 10);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node generate.mjs --out DIR [--modules 20000] [--seed 1] [--avg-size 2048]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!args.out) throw new Error('--out DIR is required');
  return args;
}

// ---- deterministic PRNG (mulberry32) -------------------------------------------------
function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    // skewed size: mostly small, a tail of larger modules, mean ~= avg
    size: (avg) => {
      const u = next();
      const f = u < 0.5 ? 0.35 + u : u < 0.85 ? 0.85 + (u - 0.5) * 2 : 1.55 + (u - 0.85) * 12;
      return Math.max(300, Math.round(avg * f * 0.78));
    },
  };
  return r;
}

const NOUNS = ['user', 'order', 'invoice', 'product', 'cart', 'comment', 'post', 'team', 'project', 'task',
  'report', 'session', 'payment', 'review', 'tag', 'category', 'message', 'note', 'event', 'ticket',
  'account', 'address', 'coupon', 'shipment', 'vendor', 'widget', 'board', 'column', 'file', 'folder'];
const VERBS = ['create', 'update', 'delete', 'archive', 'publish', 'approve', 'assign', 'fetch', 'sync',
  'export', 'import', 'rename', 'restore', 'close', 'reopen', 'toggle', 'save', 'submit', 'refresh', 'merge'];
const ADJ = ['active', 'pending', 'recent', 'shared', 'primary', 'draft', 'featured', 'hidden', 'local', 'remote'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function main() {
  const args = parseArgs(process.argv);
  const rng = makeRng(args.seed);
  const N = args.modules;
  const root = path.resolve(args.out);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });

  // ---- plan: decide every module's kind and path first, so imports always resolve ----
  const count = (f) => Math.max(1, Math.round(N * f));
  const nServer = count(0.03), nPage = count(0.05), nClient = count(0.12), nRsc = count(0.20);
  const nLib = count(0.45);
  const nOther = Math.max(0, N - nServer - nPage - nClient - nRsc - nLib);
  const mods = [];
  const uniq = new Set();
  const addPath = (p) => {
    let q = p, k = 2;
    while (uniq.has(q)) { q = p.replace(/(\.[a-z]+)$/, `${k}$1`); k++; }
    uniq.add(q);
    return q;
  };
  const dirFor = (prefix, i, per = 60) => `${prefix}/g${Math.floor(i / per)}`;

  for (let i = 0; i < nLib; i++) {
    const noun = rng.pick(NOUNS);
    mods.push({ kind: 'lib', path: addPath(`lib/${dirFor(noun, i, 80)}/${noun}${cap(rng.pick(ADJ))}${i}.ts`), noun, exports: [] });
  }
  for (let i = 0; i < nServer; i++) {
    const noun = NOUNS[i % NOUNS.length];
    mods.push({ kind: 'server', path: addPath(`app/actions/${dirFor(noun, i, 40)}/${noun}Actions${i}.ts`), noun, actions: [] });
  }
  for (let i = 0; i < nPage; i++) {
    const noun = rng.pick(NOUNS);
    mods.push({ kind: 'page', path: addPath(`app/(site)/${dirFor(noun + 's', i, 30)}/r${i}/page.tsx`), noun });
  }
  for (let i = 0; i < nClient; i++) {
    const noun = rng.pick(NOUNS);
    mods.push({ kind: 'client', path: addPath(`components/${dirFor(noun, i, 60)}/${cap(noun)}${cap(rng.pick(VERBS))}Form${i}.tsx`), noun, exports: [] });
  }
  for (let i = 0; i < nRsc; i++) {
    const noun = rng.pick(NOUNS);
    mods.push({ kind: 'rsc', path: addPath(`components/${dirFor(noun, i, 60)}/${cap(noun)}${cap(rng.pick(ADJ))}View${i}.tsx`), noun, exports: [] });
  }
  for (let i = 0; i < nOther; i++) {
    const noun = rng.pick(NOUNS);
    const r = rng.next();
    if (r < 0.4) mods.push({ kind: 'hook', path: addPath(`hooks/${dirFor(noun, i, 80)}/use${cap(noun)}${i}.ts`), noun, exports: [] });
    else if (r < 0.7) mods.push({ kind: 'js', path: addPath(`lib/legacy/${dirFor(noun, i, 80)}/${noun}Util${i}.${rng.chance(0.7) ? 'js' : 'mjs'}`), noun, exports: [] });
    else mods.push({ kind: 'types', path: addPath(`types/${dirFor(noun, i, 80)}/${noun}Types${i}.ts`), noun, exports: [] });
  }

  const libs = mods.filter((m) => m.kind === 'lib');
  const servers = mods.filter((m) => m.kind === 'server');
  const typesMods = mods.filter((m) => m.kind === 'types');

  // pre-assign action names for every 'use server' module (so importers know them)
  for (const m of servers) {
    const n = rng.int(2, 6);
    const seen = new Set();
    for (let k = 0; k < n; k++) {
      let name;
      do { name = `${rng.pick(VERBS)}${cap(m.noun)}${cap(rng.pick(ADJ))}`; } while (seen.has(name));
      seen.add(name);
      m.actions.push(name);
    }
    m.hasDefault = rng.chance(0.15);
  }
  // lib exports: every lib module exports a few named functions + a type
  for (const m of libs) {
    const base = m.path.split('/').pop().replace(/\.ts$/, '');
    m.exports = [`${base}Get`, `${base}List`, `${base}Format`];
    m.typeName = cap(base);
  }
  for (const m of typesMods) m.typeName = cap(m.path.split('/').pop().replace(/\.ts$/, ''));

  // ---- helpers for import specifiers -------------------------------------------------
  const stripExt = (p) => p.replace(/\.(tsx?|mjs|js)$/, '');
  const rel = (from, to) => {
    let r = path.posix.relative(path.posix.dirname(from), stripExt(to));
    if (!r.startsWith('.')) r = './' + r;
    return r;
  };
  const aliasOrRel = (from, to) => {
    if (to.startsWith('lib/') && rng.chance(0.8)) return '@/lib/' + stripExt(to).slice(4);
    if (rng.chance(0.6)) return '@/' + stripExt(to);
    return rel(from, to);
  };

  // ---- snippet pool used to reach target sizes --------------------------------------------
  let uid = 0;
  const id = (p) => `${p}${(uid++).toString(36)}`;
  // opts.inServer: inside a 'use server' module only async functions may be exported, so
  // helpers are module-private there (and no enums).
  const tsFiller = (m, opts = {}) => {
    const n = rng.pick(NOUNS), T = cap(n), k = id('');
    let c = opts.typesOnly ? rng.pick([0, 5, 8]) : rng.int(0, 7);
    if (opts.inServer && c === 6) c = 7;
    const s = tsSnippet(c, n, T, k);
    return opts.inServer ? s.replace(/^export /gm, '') : s;
  };
  const tsSnippet = (c, n, T, k) => {
    switch (c) {
      case 0: return `
export interface ${T}Record${k} {
  id: string;
  createdAt: Date;
  updatedAt?: Date | null;
  status: 'active' | 'pending' | 'archived';
  tags: ReadonlyArray<string>;
  meta: Record<string, unknown>;
}
`;
      case 1: return `
export function group${T}By${k}<T extends { id: string }, K extends keyof T>(items: readonly T[], key: K): Map<T[K], T[]> {
  const out = new Map<T[K], T[]>();
  for (const item of items) {
    const bucket = out.get(item[key]) ?? [];
    bucket.push(item);
    out.set(item[key], bucket);
  }
  return out;
}
`;
      case 2: return `
export class ${T}Cache${k}<V> {
  #entries = new Map<string, { value: V; expires: number }>();
  constructor(private readonly ttlMs: number = 30_000) {}
  get(key: string): V | undefined {
    const hit = this.#entries.get(key);
    if (!hit || hit.expires < Date.now()) return undefined;
    return hit.value;
  }
  set(key: string, value: V): this {
    this.#entries.set(key, { value, expires: Date.now() + this.ttlMs });
    return this;
  }
}
`;
      case 3: return `
export const ${n}Schema${k} = {
  name: { required: true, min: 2, max: 120, pattern: /^[\\w\\s-]+$/u },
  email: { required: false, pattern: /^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$/i },
  limit: { required: false, min: 1, max: 500 },
} as const satisfies Record<string, { required: boolean; min?: number; max?: number; pattern?: RegExp }>;
`;
      case 4: return `
export async function load${T}Page${k}(cursor?: string, pageSize = 25): Promise<{ items: unknown[]; next?: string }> {
  const url = \`/api/${n}s?cursor=\${encodeURIComponent(cursor ?? '')}&size=\${pageSize}\`;
  try {
    const res = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) throw new Error(\`request failed: \${res.status}\`);
    const body = (await res.json()) as { items?: unknown[]; next?: string };
    return { items: body.items ?? [], next: body.next };
  } catch (err) {
    console.error('load${T}Page failed', err);
    return { items: [] };
  }
}
`;
      case 5: return `
export type ${T}Event${k} =
  | { type: 'created'; payload: { id: string; at: number } }
  | { type: 'updated'; payload: Partial<Record<'name' | 'status', string>> }
  | { type: 'deleted'; reason?: string };

export function reduce${T}${k}(state: Readonly<Record<string, number>>, event: ${T}Event${k}): Record<string, number> {
  switch (event.type) {
    case 'created': return { ...state, [event.payload.id]: event.payload.at };
    case 'deleted': return Object.fromEntries(Object.entries(state).filter(([, v]) => v > 0));
    default: return { ...state };
  }
}
`;
      case 8: return `
export type ${T}Patch${k}<T> = { readonly [P in keyof T]?: T[P] extends object ? ${T}Patch${k}<T[P]> : T[P] };
export type ${T}Keys${k} = Exclude<keyof ${T}Patch${k}<{ a: 1; b: { c: 2 } }>, 'a'>;
export interface ${T}Page${k}<Item> { items: Item[]; total: number; cursor?: string | null }
`;
      case 6: return `
export enum ${T}Kind${k} { Basic = 'basic', Pro = 'pro', Enterprise = 'enterprise' }
export const ${n}Labels${k}: Record<${T}Kind${k}, string> = {
  [${T}Kind${k}.Basic]: 'Basic plan',
  [${T}Kind${k}.Pro]: 'Pro plan',
  [${T}Kind${k}.Enterprise]: 'Enterprise plan',
};
`;
      default: return `
export const debounce${T}${k} = <A extends unknown[]>(fn: (...args: A) => void, wait = 150) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
};
`;
    }
  };
  const jsFiller = () => {
    const n = rng.pick(NOUNS), T = cap(n), k = id('');
    switch (rng.int(0, 2)) {
      case 0: return `
export function normalize${T}${k}(input, { trim = true, lower = false } = {}) {
  let s = String(input ?? '');
  if (trim) s = s.trim();
  if (lower) s = s.toLowerCase();
  return s.replace(/\\s+/g, ' ');
}
`;
      case 1: return `
export async function* paginate${T}${k}(fetchPage, start = 0) {
  let cursor = start;
  for (;;) {
    const page = await fetchPage(cursor);
    if (!page?.items?.length) return;
    yield* page.items;
    cursor = page.next;
  }
}
`;
      default: return `
export const ${n}Retry${k} = async (fn, attempts = 3) => {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try { return await fn(i); } catch (e) { lastError = e; await new Promise((r) => setTimeout(r, 2 ** i * 50)); }
  }
  throw lastError;
};
`;
    }
  };
  const jsxFiller = () => {
    const n = rng.pick(NOUNS), T = cap(n), k = id('');
    switch (rng.int(0, 2)) {
      case 0: return `
function ${T}Badge${k}({ label, tone = 'neutral' }: { label: string; tone?: 'neutral' | 'good' | 'bad' }) {
  return (
    <span className={\`badge badge-\${tone}\`} data-kind="${n}">
      {label.length > 24 ? label.slice(0, 23) + '…' : label}
    </span>
  );
}
`;
      case 1: return `
function ${T}Table${k}<Row extends { id: string; name: string }>({ rows, empty = 'Nothing here' }: { rows: Row[]; empty?: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table>
      <thead><tr><th>Name</th><th>Id</th></tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.name}</td>
            <td><code>{row.id}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
`;
      default: return `
const ${n}Sections${k} = [
  { key: 'overview', title: 'Overview' },
  { key: 'history', title: 'History' },
  { key: 'settings', title: 'Settings' },
] as const;
function ${T}Tabs${k}({ current }: { current: (typeof ${n}Sections${k})[number]['key'] }) {
  return (
    <nav aria-label="${n} sections">
      {${n}Sections${k}.map((s) => <a key={s.key} href={\`#\${s.key}\`} aria-current={s.key === current ? 'page' : undefined}>{s.title}</a>)}
    </nav>
  );
}
`;
    }
  };
  const fill = (code, target, filler) => {
    let out = code;
    while (out.length < target) out += filler();
    return out;
  };

  const importLibs = (m, n) => {
    let s = '';
    const chosen = new Set();
    for (let i = 0; i < n; i++) {
      const lib = rng.pick(libs);
      if (lib === m || chosen.has(lib)) continue;
      chosen.add(lib);
      s += `import { ${lib.exports[0]}, ${lib.exports[1]}, type ${lib.typeName} } from '${aliasOrRel(m.path, lib.path)}';\n`;
    }
    return { code: s, libs: [...chosen] };
  };

  // ---- emit -----------------------------------------------------------------------------
  const files = [];
  let usedActions = 0;
  for (const m of mods) {
    const target = rng.size(args.avgSize);
    let code = '';
    switch (m.kind) {
      case 'lib': {
        const base = m.exports[0].replace(/Get$/, '');
        const im = importLibs(m, rng.int(0, 3));
        code = `${rng.chance(0.1) ? "import 'server-only';\n" : ''}${im.code}
export interface ${m.typeName} {
  id: string;
  name: string;
  ownerId?: string;
  score: number;
}

const store = new Map<string, ${m.typeName}>();

export async function ${m.exports[0]}(id: string): Promise<${m.typeName} | undefined> {
  await Promise.resolve();
  return store.get(id);
}

export async function ${m.exports[1]}<K extends keyof ${m.typeName}>(sortBy: K = 'name' as K, limit = 50): Promise<${m.typeName}[]> {
  return [...store.values()].sort((a, b) => String(a[sortBy]).localeCompare(String(b[sortBy]))).slice(0, limit);
}

export function ${m.exports[2]}(value: ${m.typeName}, locale = 'en-US'): string {
  return \`\${value.name} (\${new Intl.NumberFormat(locale).format(value.score)})\`;
}
${im.libs.map((l) => `export const ${base}Uses${l.typeName} = (x: ${l.typeName}) => ${l.exports[1]}().then((all) => all.length + x.name.length);\n`).join('')}`;
        code = fill(code, target, () => tsFiller(m));
        break;
      }
      case 'types': {
        code = `// shared types\nexport type Id<T extends string> = string & { readonly __brand: T };\nexport interface ${m.typeName}Props { id: Id<'${m.noun}'>; title: string; children?: unknown }\n`;
        code = fill(code, target, () => tsFiller(m, { typesOnly: true }));
        break;
      }
      case 'js': {
        code = fill(`// legacy helpers for ${m.noun}\n'use strict';\n`, target, jsFiller);
        break;
      }
      case 'hook': {
        const lib = rng.pick(libs);
        code = `'use client';
import { useEffect, useMemo, useState } from 'react';
import { ${lib.exports[0]}, type ${lib.typeName} } from '${aliasOrRel(m.path, lib.path)}';

export function use${cap(m.noun)}${id('')}(id: string | null) {
  const [value, setValue] = useState<${lib.typeName} | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    ${lib.exports[0]}(id).then((v) => { if (!cancelled) setValue(v); }, (e: Error) => setError(e));
    return () => { cancelled = true; };
  }, [id]);
  return useMemo(() => ({ value, error, loading: !value && !error }), [value, error]);
}
`;
        code = fill(code, target, () => tsFiller(m));
        break;
      }
      case 'server': {
        const im = importLibs(m, rng.int(1, 3));
        const lib = im.libs[0] ?? libs[0];
        const T = lib.typeName;
        let body = `${rng.chance(0.2) ? '// Server actions for ' + m.noun + 's\n' : ''}${rng.chance(0.5) ? "'use server';" : '"use server";'}

${im.code}import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

export type ${cap(m.noun)}Input = { name: string; note?: string };
interface ActionResult<T = void> { ok: boolean; data?: T; error?: string }

function validate(input: unknown): input is ${cap(m.noun)}Input {
  return typeof input === 'object' && input !== null && typeof (input as { name?: unknown }).name === 'string';
}
`;
        const specifierNames = [];
        m.actions.forEach((name, k) => {
          const form = k === 0 && m.hasDefault ? 'default' : rng.int(0, 3);
          if (form === 'default') {
            m.defaultName = name;
            body += `
export default async function ${name}(formData: FormData): Promise<void> {
  const name = String(formData.get('name') ?? '');
  if (!name) throw new Error('name is required');
  await ${lib.exports[0]}(name);
  revalidatePath('/${m.noun}s');
  redirect(\`/${m.noun}s/\${encodeURIComponent(name)}\`);
}
`;
          } else if (form === 0) {
            body += `
export async function ${name}(id: string, input: ${cap(m.noun)}Input): Promise<ActionResult<${T} | undefined>> {
  if (!validate(input)) return { ok: false, error: 'invalid input' };
  const current = await ${lib.exports[0]}(id);
  if (!current) return { ok: false, error: \`${m.noun} \${id} not found\` };
  revalidatePath(\`/${m.noun}s/\${id}\`);
  return { ok: true, data: { ...current, name: input.name } };
}
`;
          } else if (form === 1) {
            body += `
export const ${name} = async (prev: ActionResult, formData: FormData): Promise<ActionResult> => {
  const ids = formData.getAll('id').map(String).filter(Boolean);
  if (ids.length === 0) return { ...prev, ok: false, error: 'select at least one ${m.noun}' };
  const rows = await Promise.all(ids.map((id) => ${lib.exports[0]}(id)));
  return { ok: rows.every(Boolean) };
};
`;
          } else if (form === 2) {
            body += `
export const ${name} = async function (limit = 20, ...filters: string[]) {
  const rows = await ${lib.exports[1]}(undefined, limit);
  return rows.filter((r) => filters.every((f) => r.name.includes(f)));
};
`;
          } else {
            const local = `${name}Impl`;
            if (k % 2) {
              specifierNames.push(`${local} as ${name}`);
              body += `
async function ${local}(id: string) {
  const row = await ${lib.exports[0]}(id);
  return row ? { id, label: row.name } : null;
}
`;
            } else {
              body += `
async function ${name}(id: string) {
  const row = await ${lib.exports[0]}(id);
  return row?.score ?? 0;
}
`;
              specifierNames.push(name);
            }
          }
        });
        if (specifierNames.length) body += `\nexport { ${specifierNames.join(', ')} };\n`;
        code = fill(body, target, () => tsFiller(m, { inServer: true }));
        break;
      }
      case 'page': {
        const im = importLibs(m, rng.int(1, 3));
        const lib = im.libs[0] ?? libs[0];
        const T = cap(m.noun);
        const nInline = rng.int(1, 3);
        let actionsCode = '';
        let jsx = '';
        for (let k = 0; k < nInline; k++) {
          const verb = rng.pick(VERBS);
          const form = rng.int(0, 2);
          const name = `${verb}${T}${k}`;
          if (form === 0) {
            actionsCode += `
  async function ${name}(formData: FormData) {
    'use server';
    const note = String(formData.get('note') ?? '');
    await ${lib.exports[0]}(\`\${params.id}:\${user.profile.name}\`);
    console.log('${verb}', slug, note.length, limit);
    revalidatePath(\`/${m.noun}s/\${slug}\`);
  }
`;
            jsx += `      <form action={${name}}><input name="note" /><button type="submit">${cap(verb)}</button></form>\n`;
          } else if (form === 1) {
            actionsCode += `
  const ${name} = async (formData: FormData): Promise<void> => {
    "use server";
    const ids = formData.getAll('id').map(String);
    for (const id of ids) await ${lib.exports[0]}(id + user.id);
  };
`;
            jsx += `      <form action={${name}}><button>${cap(verb)} selected</button></form>\n`;
          } else {
            // inline action inside a map() callback, capturing the callback's variable
            jsx += `      <ul>
        {rows.map((row) => {
          async function ${name}() {
            'use server';
            await ${lib.exports[0]}(row.id);
            revalidatePath(\`/${m.noun}s/\${slug}\`);
          }
          return <li key={row.id}><form action={${name}}><button>{row.name}</button></form></li>;
        })}
      </ul>
`;
          }
        }
        let body = `${im.code}import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';

type Props = { params: { id: string; slug?: string }; searchParams?: Record<string, string | string[] | undefined> };

async function currentUser() {
  return { id: 'u1', profile: { name: 'Ada', roles: ['admin'] as string[] } };
}

export default async function ${T}Page${id('')}({ params, searchParams }: Props) {
  const user = await currentUser();
  const slug = params.slug ?? params.id;
  const limit = Number(searchParams?.limit ?? 25);
  const rows = await ${lib.exports[1]}(undefined, limit);
  if (!rows) notFound();
${actionsCode}
  return (
    <section>
      <h1>{user.profile.name} / ${m.noun}s</h1>
${jsx}    </section>
  );
}
`;
        code = fill(body, target, jsxFiller);
        break;
      }
      case 'client': {
        const nImports = rng.int(1, 2);
        const used = [];
        let imports = `'use client';\n\nimport { useState, useTransition, useActionState } from 'react';\n`;
        for (let i = 0; i < nImports; i++) {
          const s = rng.pick(servers);
          const names = s.actions.filter((a) => a !== s.defaultName);
          const pickN = Math.min(names.length, rng.int(1, 3));
          const start = rng.int(0, Math.max(0, names.length - pickN));
          const chosen = names.slice(start, start + pickN).filter((n) => !used.some((u) => u.local === n));
          if (s.defaultName && rng.chance(0.5) && !used.some((u) => u.local === s.defaultName)) {
            imports += `import ${s.defaultName}${chosen.length ? `, { ${chosen.join(', ')} }` : ''} from '${aliasOrRel(m.path, s.path)}';\n`;
            used.push({ local: s.defaultName });
          } else if (chosen.length) {
            imports += `import { ${chosen.join(', ')} } from '${aliasOrRel(m.path, s.path)}';\n`;
          } else continue;
          for (const c of chosen) used.push({ local: c });
        }
        usedActions += used.length;
        const tm = typesMods.length ? rng.pick(typesMods) : null;
        if (tm) imports += `import type { ${tm.typeName}Props } from '${aliasOrRel(m.path, tm.path)}';\n`;
        const T = cap(m.noun);
        const handlers = used.map((u, i) => `  const on${i} = () => startTransition(async () => {
    try {
      const result = await (${u.local} as (...args: any[]) => Promise<unknown>)(draft, { name: draft });
      setStatus(result ? 'saved' : 'idle');
    } catch (e) {
      setStatus(e instanceof Error ? e.message : 'failed');
    }
  });
`).join('');
        const buttons = used.map((u, i) => `        <button type="button" disabled={pending} onClick={on${i}}>${u.local}</button>\n`).join('');
        let body = `${imports}
export default function ${T}Form${id('')}({ initial = '' }: { initial?: string }) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<string>('idle');
  const [pending, startTransition] = useTransition();
${handlers}  return (
    <div className="${m.noun}-form">
      <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="${T} name" />
      <div role="group">
${buttons}      </div>
      {status !== 'idle' && <p aria-live="polite">{status}</p>}
    </div>
  );
}
`;
        code = fill(body, target, jsxFiller);
        break;
      }
      case 'rsc': {
        const im = importLibs(m, rng.int(1, 3));
        const lib = im.libs[0] ?? libs[0];
        const T = cap(m.noun);
        let body = `${im.code}import Link from 'next/link';
import { Suspense } from 'react';

export default async function ${T}View${id('')}({ id, compact = false }: { id: string; compact?: boolean }) {
  const row = await ${lib.exports[0]}(id);
  if (!row) return <p>Missing ${m.noun} {id}</p>;
  return (
    <article className={compact ? 'compact' : undefined}>
      <h2><Link href={\`/${m.noun}s/\${row.id}\`}>{${lib.exports[2]}(row)}</Link></h2>
      <Suspense fallback={<span>Loading…</span>}>
        {row.ownerId ? <small>owner: {row.ownerId}</small> : null}
      </Suspense>
    </article>
  );
}
`;
        code = fill(body, target, jsxFiller);
        break;
      }
    }
    files.push([m.path, code]);
  }

  // ---- project files ----------------------------------------------------------------------
  files.push(['tsconfig.json', JSON.stringify({
    compilerOptions: {
      target: 'ES2022', lib: ['dom', 'dom.iterable', 'esnext'], module: 'esnext', moduleResolution: 'bundler',
      jsx: 'preserve', strict: true, allowJs: true, baseUrl: '.',
      paths: { '@/lib/*': ['./lib/*'], '@/*': ['./*'] },
    },
    include: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    exclude: ['node_modules'],
  }, null, 2) + '\n']);
  files.push(['package.json', JSON.stringify({ name: 'bench-app', private: true, version: '0.0.0',
    dependencies: { next: '*', react: '*', 'react-dom': '*' } }, null, 2) + '\n']);
  files.push(['next.config.mjs', "/** @type {import('next').NextConfig} */\nexport default { experimental: { serverActions: { bodySizeLimit: '2mb' } } };\n"]);
  files.push(['app/layout.tsx', "export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang=\"en\"><body>{children}</body></html>;\n}\n"]);

  let bytes = 0;
  const dirs = new Set();
  for (const [p] of files) dirs.add(path.dirname(path.join(root, p)));
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
  for (const [p, c] of files) {
    fs.writeFileSync(path.join(root, p), c);
    bytes += Buffer.byteLength(c);
  }
  const summary = {
    root, seed: args.seed, modules: mods.length, files: files.length, bytes,
    avgModuleBytes: Math.round(bytes / files.length),
    useServerModules: nServer, pagesWithInlineActions: nPage, clientComponents: nClient,
    actionsExported: servers.reduce((a, s) => a + s.actions.length, 0), clientActionImports: usedActions,
  };
  fs.writeFileSync(path.join(root, '.bench-summary.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary));
}

main();
