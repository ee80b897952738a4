// Every emitted file of every golden case parses (with oxc, not our own grammar) whenever
// its input does. Usage: node check-goldens.mjs TESTDATA_DIR
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntaxErrors } from './parses.mjs';

const testdata = process.argv[2];
const modules = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (modules.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

let checked = 0;
const failures = [];
for (const group of readdirSync(testdata)) {
  const groupDir = join(testdata, group);
  if (!statSync(groupDir).isDirectory()) continue;
  for (const name of readdirSync(groupDir)) {
    const caseDir = join(groupDir, name);
    for (const layer of ['client', 'server']) {
      const layerDir = join(caseDir, 'expected', layer);
      if (!existsSync(layerDir)) continue;
      for (const output of filesUnder(layerDir)) {
        const input = join(caseDir, 'input', relative(layerDir, output));
        if (!existsSync(input) || syntaxErrors(input, readFileSync(input, 'utf8')).length > 0) continue;
        const errors = syntaxErrors(output, readFileSync(output, 'utf8'));
        checked++;
        if (errors.length > 0) failures.push(`${relative(testdata, output)}: ${errors[0]}`);
      }
    }
  }
}
for (const f of failures) console.error(`does not parse: ${f}`);
console.log(`${checked} emitted files checked, ${failures.length} do not parse`);
if (checked < 100) {
  console.error('too few emitted files found: is TESTDATA_DIR right?');
  process.exit(1);
}
process.exit(failures.length > 0 ? 1 : 0);
