// An independent parser's verdict on JavaScript and TypeScript text: what actionc
// writes must parse wherever what it read parses (issue 11). oxc-parser is pinned by
// this package's lockfile.
import { parseSync } from 'oxc-parser';

// The dialect oxc should read a file in, by its extension: TypeScript for .ts/.mts/.cts,
// TSX for .tsx, JavaScript with JSX for the rest (actionc reads those with its TSX grammar).
export function langOf(path) {
  if (/\.(ts|mts|cts)$/.test(path)) return 'ts';
  if (/\.tsx$/.test(path)) return 'tsx';
  return 'jsx';
}

// The syntax errors oxc reports for `code`, as "line:col message" strings; [] when it parses.
export function syntaxErrors(path, code) {
  const result = parseSync(path, code, { lang: langOf(path), sourceType: 'module' });
  return result.errors.map((e) => {
    const at = e.labels?.[0]?.start ?? 0;
    const before = code.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    return `${line}:${col} ${e.message}`;
  });
}
