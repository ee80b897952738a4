import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

import { callServer, createServerReference, findSourceMapURL, setServerActionEndpoint } from '../../js/client.js';

test('createServerReference calls through the given transport', async () => {
  const calls = [];
  const transport = async (id, args) => {
    calls.push([id, args]);
    return 'result';
  };
  const action = createServerReference('ID9', transport, undefined, findSourceMapURL, 'deleteItem');
  assert.equal(action.name, 'deleteItem');
  assert.equal(action.$$id, 'ID9');
  assert.equal(action.$$bound, null);
  assert.equal(await action(1, 2), 'result');

  const bound = action.bind(null, 'a').bind(null, 'b');
  assert.deepEqual(bound.$$bound, ['a', 'b']);
  await bound('c');
  assert.deepEqual(calls, [
    ['ID9', [1, 2]],
    ['ID9', ['a', 'b', 'c']],
  ]);
});

test('findSourceMapURL returns null', () => {
  assert.equal(findSourceMapURL('file:///x.js', 'server'), null);
});

test('the default callServer POSTs JSON with the Next-Action header', async (t) => {
  const seen = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method, action: request.headers['next-action'], type: request.headers['content-type'], body });
      if (request.headers['next-action'] === 'FAIL') {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Failed to find Server Action "FAIL"');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ echoed: JSON.parse(body) }));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  setServerActionEndpoint(`http://127.0.0.1:${server.address().port}/page`);

  const action = createServerReference('ID42', callServer, undefined, findSourceMapURL, 'act');
  assert.deepEqual(await action({ a: 1 }, 'x'), { echoed: [{ a: 1 }, 'x'] });
  assert.deepEqual(seen[0], { method: 'POST', action: 'ID42', type: 'application/json', body: '[{"a":1},"x"]' });

  const failing = createServerReference('FAIL', undefined, undefined, findSourceMapURL, 'f');
  await assert.rejects(failing(), (error) => {
    assert.equal(error.status, 404);
    assert.match(error.message, /Failed to find Server Action/);
    return true;
  });
});

test('the client module is browser-safe (no Node imports)', () => {
  const source = readFileSync(new URL('../../js/client.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /from ['"]node:|require\(/);
});
