// The server layer of every TypeScript golden case type-checks under `strict` wherever its
// input does (issue 11): hoisted inline actions must not lose the types their parameters
// had in place. The layer is the project with the output directory's modules over it. Usage: node check-types.mjs TESTDATA_DIR
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const testdata = resolve(process.argv[2]);

// The server layer imports the runtime as its users' TypeScript sees it: through the
// package's own declarations (runtime/js/*.d.ts), not a stand-in.
const runtimeDir = fileURLToPath(new URL('../../runtime/js/', import.meta.url));
const jsxDeclarations = 'declare namespace JSX { interface IntrinsicElements { [name: string]: any } type Element = any }\n';

const options = {
  strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.Preserve, skipLibCheck: true,
  allowImportingTsExtensions: true, types: [], lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  paths: { 'actionc/server': [join(runtimeDir, 'server.d.ts')], 'actionc/client': [join(runtimeDir, 'client.d.ts')] },
};

function* typeScriptFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* typeScriptFiles(path);
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

// TypeScript's own declaration files, parsed once for every program.
const libraries = new Map();
const baseHost = ts.createCompilerHost(options);

// The files of `root` that have type errors (their paths relative to `root`), with the first
// message. With `overlay`, a file of `root` that the overlay holds too is read from it: the
// server layer as a bundler sees it, overlay first, then source.
function filesWithErrors(root, overlay) {
  const files = [...typeScriptFiles(root)];
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, fresh) => {
    if (!file.includes('/node_modules/typescript/lib/')) return getSourceFile(file, language, onError, fresh);
    if (!libraries.has(file)) libraries.set(file, baseHost.getSourceFile(file, language, onError, fresh));
    return libraries.get(file);
  };
  const readFile = host.readFile.bind(host);
  const declarations = join(root, '__actionc_jsx__.d.ts');
  const overlaid = (file) => {
    if (!overlay || !file.startsWith(root + '/')) return null;
    const replacement = join(overlay, relative(root, file));
    return existsSync(replacement) ? replacement : null;
  };
  host.readFile = (file) => (file === declarations ? jsxDeclarations : readFile(overlaid(file) ?? file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === declarations || fileExists(file);
  const program = ts.createProgram([...files, declarations], options, host);
  const errors = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || d.file.fileName === declarations) continue;
    const rel = relative(root, d.file.fileName);
    if (rel.startsWith('..')) continue; // the runtime's declarations: checked as a library (skipLibCheck)
    if (!errors.has(rel)) errors.set(rel, ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  return errors;
}

let checked = 0;
const failures = [];
for (const group of readdirSync(testdata)) {
  const groupDir = join(testdata, group);
  if (!statSync(groupDir).isDirectory()) continue;
  for (const name of readdirSync(groupDir)) {
    const input = join(groupDir, name, 'input');
    const server = join(groupDir, name, 'expected', 'server');
    if (!existsSync(server) || [...typeScriptFiles(input)].length === 0) continue;
    const inputErrors = filesWithErrors(input);
    const outputErrors = filesWithErrors(input, server);
    for (const [file, message] of outputErrors) {
      if (!inputErrors.has(file)) failures.push(`${group}/${name}/expected/server/${file}: ${message}`);
    }
    checked++;
  }
}
for (const f of failures) console.error(`does not type-check where its input does: ${f}`);
console.log(`${checked} cases checked with tsc --strict, ${failures.length} server files fail where their input passes`);
if (checked < 50) {
  console.error('too few TypeScript cases found: is TESTDATA_DIR right?');
  process.exit(1);
}
process.exit(failures.length > 0 ? 1 : 0);
