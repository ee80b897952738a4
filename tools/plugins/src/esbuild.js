// esbuild plugin: loads .ts/.tsx/.js/.jsx/.mjs/.cjs files that contain `use server`
// through `actionc serve` (one layer per esbuild build) and writes actions.manifest.json.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve, isAbsolute } from 'node:path';
import { Compiler, DIRECTIVE_TEXT, MANIFEST_FILE, lineOf, loaderFor, normalizeAliases } from './core.js';
import { buildSummary } from './summary.js';

const FILTER = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * Options: those of the Rollup plugin, plus
 *   layer      'client' | 'server'; default: 'server' when the build's platform is
 *              'node', else 'client'
 *   manifest   path of the manifest to write after each build (relative to outdir, or
 *              absolute), or false. Default: 'actions.manifest.json' in outdir (or
 *              outfile's directory) for the server layer; false for the client layer.
 *              With `write: false` the text is put on `result.actionsManifest` instead.
 *   stripUnused   default true (false for `esbuild.context()` users who pass false)
 *   alias      extra aliases; the build's own `alias` option is always passed to `actionc serve`
 */
export function actionc(options = {}) {
  return {
    name: 'actionc',
    setup(build) {
      const initial = build.initialOptions;
      const layer = options.layer ?? (initial.platform === 'node' ? 'server' : 'client');
      const root = resolve(options.root ?? initial.absWorkingDir ?? process.cwd());
      const manifestOption = options.manifest === undefined ? (layer === 'server' ? MANIFEST_FILE : false) : options.manifest;
      const workingDirectory = initial.absWorkingDir ?? process.cwd();
      const alias = [
        ...normalizeAliases(initial.alias, { relativeTo: workingDirectory }),
        ...normalizeAliases(options.alias, { relativeTo: root }),
      ];
      const compiler = new Compiler({ ...options, root, stripUnused: options.stripUnused ?? true, alias });
      // The esbuild prefilter is the onLoad itself: files without the text are left to
      // esbuild's own loader (return undefined), unless serve has seen them before.

      build.onLoad({ filter: FILTER }, async (args) => {
        if (args.namespace !== 'file') return undefined;
        if (compiler.relativePath(args.path) === null) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(DIRECTIVE_TEXT) && !compiler.sent.has(compiler.relativePath(args.path))) return undefined;
        let result;
        try {
          result = await compiler.transform(source, args.path, layer);
        } catch (error) {
          return { errors: [{ text: error.message, detail: error }] };
        }
        const warnings = (result.warnings ?? []).map((d) => toMessage(d, args.path, source));
        if (result.errors?.length) return { errors: result.errors.map((d) => toMessage(d, args.path, source)), warnings };
        const loader = loaderFor(args.path);
        const resolveDir = dirname(args.path);
        if (!result.changed) return { contents: source, loader, resolveDir, warnings };
        const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
        const contents = `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`;
        // A client stub is plain JS, but the loader still follows the extension: TS
        // stays valid as TS and JSX as JSX.
        return { contents, loader, resolveDir, warnings };
      });

      build.onEnd(async (result) => {
        if (!manifestOption || result.errors.length) return;
        let text;
        try {
          text = await compiler.manifest();
        } catch (error) {
          result.errors.push({ text: error.message, pluginName: 'actionc', location: null, notes: [], detail: error, id: '' });
          return;
        }
        if (initial.logLevel !== 'silent') process.stderr.write(`${buildSummary(text, options)}\n`);
        if (initial.write === false) {
          result.actionsManifest = text;
          return;
        }
        const outdir = resolve(root, initial.outdir ?? (initial.outfile ? dirname(initial.outfile) : '.'));
        const file = isAbsolute(manifestOption) ? manifestOption : join(outdir, manifestOption);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      });

      build.onDispose?.(() => {
        compiler.close();
      });
    },
  };
}

/** A serve diagnostic as an esbuild message (line 1-based, column 0-based). */
function toMessage(diagnostic, path, source) {
  const file = diagnostic.file ?? path;
  return {
    id: diagnostic.code ?? '',
    pluginName: 'actionc',
    text: `${diagnostic.message}${diagnostic.code ? ` [${diagnostic.code}]` : ''}`,
    location: {
      file,
      namespace: 'file',
      line: diagnostic.line,
      column: Math.max(0, (diagnostic.column ?? 1) - 1),
      length: 0,
      lineText: file === path ? lineOf(source, diagnostic.line) : '',
      suggestion: '',
    },
    notes: diagnostic.rendered ? [{ text: diagnostic.rendered, location: null }] : [],
    detail: diagnostic,
  };
}

export default actionc;
