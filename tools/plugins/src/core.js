// What the Vite, Rollup and esbuild plugins share: which modules go to `actionc serve`,
// the prefilter, and turning serve's answers into code, maps and bundler diagnostics.
import { isAbsolute, relative, resolve, sep, extname } from 'node:path';
import { ActioncServe, ActioncServeError } from './serve-client.js';

export const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
export const MANIFEST_FILE = 'actions.manifest.json';
export const DIRECTIVE_TEXT = 'use server';

/** Loader for esbuild by extension (TS grammar for ts/mts/cts, TSX/JSX for the rest). */
export function loaderFor(file) {
  switch (extname(file)) {
    case '.ts':
    case '.mts':
    case '.cts':
      return 'ts';
    case '.tsx':
      return 'tsx';
    default:
      return 'jsx'; // .js .jsx .mjs .cjs: actionc parses them with the TSX grammar too
  }
}

/**
 * Bundler aliases in the form `actionc serve --alias-json` takes (docs/serve.md):
 * [{ find: "@" | { regex, flags }, replacement }]. Accepts Vite's and @rollup/plugin-alias's
 * array form ({ find: string | RegExp, replacement }) and the object form ({ find:
 * replacement }, esbuild's `alias` too). Entries without a string replacement (a custom
 * resolver) and Vite's own internal aliases (`@vite/env`, `@vite/client`) are left out.
 * `relativeTo`, when given, makes "./x" replacements absolute (esbuild resolves them
 * against its working directory).
 */
export function normalizeAliases(alias, { relativeTo } = {}) {
  if (!alias) return [];
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  const out = [];
  for (const entry of entries) {
    if (!entry || typeof entry.replacement !== 'string') continue;
    let { replacement } = entry;
    if (relativeTo && (replacement.startsWith('./') || replacement.startsWith('../'))) replacement = resolve(relativeTo, replacement);
    if (entry.find instanceof RegExp) {
      if (/@vite\\?\//.test(entry.find.source)) continue; // Vite's internal /^\/?@vite\/env/ and client
      out.push({ find: { regex: entry.find.source, flags: entry.find.flags }, replacement });
    } else if (typeof entry.find === 'string' && entry.find) {
      out.push({ find: entry.find, replacement });
    }
  }
  return out;
}

/** A bundler module id without query/hash; null for virtual modules (`\0…`). */
export function cleanId(id) {
  if (!id || id.startsWith('\0') || id.startsWith('virtual:')) return null;
  const q = id.search(/[?#]/);
  return q === -1 ? id : id.slice(0, q);
}

/**
 * The compiler one build uses: one `actionc serve` process (started on first use), the
 * module filter and the prefilter.
 *
 * Prefilter: a module whose text does not contain `use server` cannot be changed by
 * actionc, so it is not sent at all (the plugin returns null and the bundler keeps the
 * module). What serve then knows of that module is what it read from disk in its initial
 * scan (docs/serve.md). That is exact as long as the bundler's text equals the file on
 * disk — these plugins run first (`enforce: 'pre'`), so it does — and it only matters for
 * liveness (which actions some module imports), i.e. with `stripUnused`. Two cases are
 * handled here: a module that was sent once and no longer mentions `use server` (an edit
 * removed the directive) is still sent, so serve drops its actions; a deleted file is
 * `forget`-ed. Modules that never matched are no-ops: neither sent nor forgotten.
 * `prefilter: false` sends every module (exact liveness for unsaved or generated sources,
 * at the cost of one round trip per module).
 */
export class Compiler {
  constructor(options = {}) {
    this.options = options;
    this.root = resolve(options.root ?? process.cwd());
    this.prefilter = options.prefilter ?? true;
    this.sent = new Set(); // relative paths sent at least once
    this.serverCompiled = new Set(); // absolute files compiled for the server layer
    this.serve = null;
  }

  setRoot(root) {
    if (this.serve) throw new Error('actionc: the root cannot change after the first module was compiled');
    this.root = resolve(root);
  }

  /** Aliases (normalizeAliases' form) for the serve process; before it starts only. */
  setAlias(alias) {
    if (this.serve) throw new Error('actionc: aliases cannot change after the first module was compiled');
    this.options = { ...this.options, alias };
  }

  server() {
    this.serve ??= new ActioncServe({
      root: this.root,
      actionc: this.options.actionc,
      keyFile: this.options.keyFile,
      clientRuntime: this.options.clientRuntime,
      serverRuntime: this.options.serverRuntime,
      stripUnused: this.options.stripUnused,
      alias: this.options.alias,
      args: this.options.serveArgs,
      env: this.options.env,
      maxRestarts: this.options.maxRestarts,
      requestTimeout: this.options.requestTimeout,
    });
    return this.serve;
  }

  /** Root-relative path with `/`, or null when the module is not actionc's business. */
  relativePath(id) {
    const file = cleanId(id);
    if (!file || !isAbsolute(file)) return null;
    if (!EXTENSIONS.includes(extname(file))) return null;
    const rel = relative(this.root, file);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
    const posix = rel.split(sep).join('/');
    if (posix.split('/').some((part) => part === 'node_modules' || part.startsWith('.'))) return null;
    const { include, exclude } = this.options;
    if (include && !include(file)) return null;
    if (exclude && exclude(file)) return null;
    return posix;
  }

  /**
   * Compiles one module for one layer. Resolves to
   *   { skipped: true }                              prefiltered / not ours
   *   { changed: false, warnings }                   nothing to do
   *   { changed: true, code, map, actions, warnings }
   *   { errors: [diagnostic…], warnings }            compile errors (serve's diagnostics)
   * and throws ActioncServeError when serve itself fails.
   */
  async transform(source, id, layer) {
    const rel = this.relativePath(id);
    if (rel === null) return { skipped: true };
    if (this.prefilter && !source.includes(DIRECTIVE_TEXT) && !this.sent.has(rel)) return { skipped: true };
    if (layer !== 'client' && layer !== 'server') throw new TypeError(`actionc: layer must be 'client' or 'server', not ${JSON.stringify(layer)}`);
    this.sent.add(rel);
    const response = await this.server().transform({ path: rel, layer, source });
    const file = cleanId(id);
    const diagnostics = (response.diagnostics ?? []).map((d) => ({ ...d, file: d.path ? resolve(this.root, d.path) : file }));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity !== 'error');
    if (!response.ok) {
      if (errors.length) return { errors, warnings };
      throw new ActioncServeError(`actionc serve: cannot transform ${rel}: ${response.error ?? 'unknown error'}`, { response });
    }
    if (!response.changed) return { changed: false, warnings, actions: response.actions ?? [] };
    if (layer === 'server') this.serverCompiled.add(file);
    const map = response.map ? { ...response.map, sources: [file], sourcesContent: [source] } : null;
    return { changed: true, code: response.code, map, actions: response.actions ?? [], warnings };
  }

  /** A file was deleted. Only files serve may know of are forgotten. */
  async forget(id) {
    const rel = this.relativePath(id);
    if (rel === null || !this.serve) return;
    this.sent.delete(rel);
    await this.serve.forget(rel);
  }

  manifest() {
    return this.server().manifest();
  }

  async close() {
    const serve = this.serve;
    this.serve = null;
    this.sent.clear();
    if (serve) await serve.close();
  }
}

/**
 * A serve diagnostic as a Rollup/Vite log object: `loc` {file, line, column} 1-based, the
 * line:column the CLI prints and Vite shows (`file:line:column`), `frame` the clang-style
 * rendering with source line and caret (Vite's overlay shows it).
 */
export function toRollupLog(diagnostic, extra = {}) {
  return {
    message: `${diagnostic.message}${diagnostic.code ? ` [${diagnostic.code}]` : ''}`,
    id: diagnostic.file,
    loc: { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column ?? 1 },
    frame: diagnostic.rendered,
    pluginCode: diagnostic.code,
    ...extra,
  };
}

/** Several errors as one Rollup error (Rollup stops at the first `this.error`). */
export function errorsToRollupLog(errors) {
  const first = toRollupLog(errors[0]);
  if (errors.length === 1) return first;
  return {
    ...first,
    message: `${first.message} (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})`,
    frame: errors.map((d) => d.rendered).filter(Boolean).join('\n'),
  };
}

/**
 * Rollup warns that a module-level directive is ignored when bundled; for 'use server'
 * that is the point (actionc compiled it): hide those warnings, keep every other.
 */
export function isUseServerDirectiveLog(log, compiler) {
  if (log?.code === 'MODULE_LEVEL_DIRECTIVE') return /["']use server["']/.test(log.message ?? '');
  // Rollup reports that warning's position through the module's source maps; esbuild (Vite's
  // TypeScript step) leaves the kept directive line unmapped, which Rollup reports as a
  // second, SOURCEMAP_ERROR warning. Hidden for modules compiled for the server layer only.
  return log?.code === 'SOURCEMAP_ERROR' && Boolean(log.id && compiler?.serverCompiled.has(log.id.replace(/[?#].*$/, '')));
}

/** The Rollup answer for a Compiler result: warnings, then error or { code, map }. */
export function handleResult(ctx, result) {
  if (result.skipped) return null;
  for (const warning of result.warnings ?? []) ctx.warn(toRollupLog(warning));
  if (result.errors?.length) ctx.error(errorsToRollupLog(result.errors));
  if (!result.changed) return null;
  return { code: result.code, map: result.map };
}

/** The text of line `line` (1-based) of `source`, for esbuild's lineText. */
export function lineOf(source, line) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}
