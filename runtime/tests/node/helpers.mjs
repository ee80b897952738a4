// Shared fixtures for the Node tests. The ctest sets ACTIONC_NODE_ADDON and
// ACTIONC_TEST_MANIFEST_TOOL to the built addon and manifest tool.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const addon = createRequire(import.meta.url)(process.env.ACTIONC_NODE_ADDON);

export function keyBase64(seed) {
  return Buffer.alloc(32, seed).toString('base64');
}

// Writes a manifest minted with `key` for "module:export[:inline]" specs and returns
// its path and parsed contents (whose IDs the tests use).
export function writeManifest(key, specs) {
  const json = execFileSync(process.env.ACTIONC_TEST_MANIFEST_TOOL, [key, ...specs], { encoding: 'utf8' });
  const path = join(mkdtempSync(join(tmpdir(), 'actionc-')), 'actions.manifest.json');
  writeFileSync(path, json);
  return { path, json, manifest: JSON.parse(json) };
}

export function formBody(boundary, fields) {
  let body = '';
  for (const [name, value] of fields) {
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  return body + `--${boundary}--\r\n`;
}
