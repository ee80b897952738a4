// Starts the packaged app's server (dist/server/main.js of the current directory) and drives it:
// the page and its bundle are served, the action `greet` answers through the ID the
// manifest lists, a changed ID and a cross-site request are refused.
// Usage: node check_server.mjs DIST/server/actions.manifest.json
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const greet = manifest.actions.find((a) => a.export === 'greet');
assert.ok(greet, 'the manifest lists greet');
assert.deepEqual(manifest.stripped.map((s) => s.export), ['unusedAction']);

const server = spawn(process.execPath, ['dist/server/main.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
const timeout = setTimeout(() => {
  console.error('check_server: no answer within 60 s');
  server.kill();
  process.exit(1);
}, 60_000);

const origin = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = out.match(/listening on (http:\/\/[^/\s]+)\//);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
});

const callAction = (id, headers = {}) =>
  fetch(`${origin}/`, {
    method: 'POST',
    headers: { 'Next-Action': id, 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(['Vite']),
  });

try {
  const page = await fetch(`${origin}/`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<div id="root"><\/div>/);
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/);
  assert.ok(script, 'the page loads its bundle');
  const bundle = await fetch(`${origin}${script[1]}`);
  assert.equal(bundle.status, 200);
  assert.match(await bundle.text(), new RegExp(greet.id.replace(/[-]/g, '\\-')), 'the bundle calls greet by its ID');

  const answer = await callAction(greet.id);
  assert.equal(answer.status, 200, await answer.clone().text());
  assert.equal(await answer.json(), 'Hello from the server, Vite!');

  const forged = greet.id.slice(0, 10) + (greet.id[10] === 'A' ? 'B' : 'A') + greet.id.slice(11);
  assert.equal((await callAction(forged)).status, 404, 'a changed ID is refused');
  assert.equal((await callAction(greet.id, { Origin: 'https://evil.example' })).status, 403, 'a cross-site call is refused');
  console.log('check_server: the page, the action and the refusals as expected');
} finally {
  clearTimeout(timeout);
  server.kill();
}
