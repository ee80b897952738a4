#!/usr/bin/env node
// `npx actionc …`: runs the compiler binary of the platform package (`@actionc/<triple>`,
// see platform.cjs), or $ACTIONC_BIN when set, with the same arguments, standard streams
// and exit status (a signal that ends the compiler ends this process the same way).
import { spawnSync } from 'node:child_process';
import { compilerPackage, packagedCompilerPath, platformTriple } from '../platform.cjs';

const binary = process.env.ACTIONC_BIN || packagedCompilerPath();
if (!binary) {
  process.stderr.write(
    `actionc: error: the compiler for ${platformTriple()} is not installed: npm installs ${compilerPackage()} ` +
      'as an optional dependency of actionc, unless optional dependencies were omitted (--omit=optional, ' +
      '--no-optional) or no such package exists for this platform. Reinstall with optional dependencies, or ' +
      'build actionc from source and set ACTIONC_BIN.\n',
  );
  process.exit(3);
}
const result = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`actionc: error: cannot run ${binary}: ${result.error.code ?? result.error.message}\n`);
  process.exit(3);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 3);
