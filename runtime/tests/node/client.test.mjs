import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import {
  callServer, createServerReference, encodeReplyValue, findSourceMapURL, setServerActionEndpoint, setServerCallback,
} from '../../js/client.js';

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
  for (const file of ['client.js', 'codec.js', 'protocol.js']) {
    const source = readFileSync(new URL(`../../js/${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /from ['"]node:|require\(/, file);
  }
});

test('$$FORM_ACTION: an unbound reference names the action in $ACTION_ID_<id> (React contract)', () => {
  const action = createServerReference('ID7', callServer, undefined, findSourceMapURL, 'save');
  assert.equal(typeof action.$$FORM_ACTION, 'function');
  assert.deepEqual(action.$$FORM_ACTION('R1'), { name: '$ACTION_ID_ID7', method: 'POST', encType: 'multipart/form-data', data: null });
  // Non-enumerable, as React's own references.
  assert.deepEqual(Object.keys(action), []);
  assert.equal(action.$$IS_SIGNATURE_EQUAL('ID7', 0), true);
  assert.equal(action.$$IS_SIGNATURE_EQUAL('ID7', 1), false);
  assert.equal(action.$$IS_SIGNATURE_EQUAL('other', 0), false);
});

test('$$FORM_ACTION: a bound reference posts $ACTION_REF_<prefix> with the reply-encoded {id, bound}', () => {
  const action = createServerReference('ID8', callServer, undefined, findSourceMapURL, 'save');
  const bound = action.bind(null, 'plain', '$dollar', undefined, 1n, new Date(0), NaN, -0, { nested: [null, true, -Infinity] });
  const fields = bound.$$FORM_ACTION('P3');
  assert.equal(fields.name, '$ACTION_REF_P3');
  assert.equal(fields.method, 'POST');
  assert.equal(fields.encType, 'multipart/form-data');
  // React's layout: part 0 names the action and points at part 1 (a promise, "$@1").
  assert.deepEqual([...fields.data.keys()], ['$ACTION_P3:0', '$ACTION_P3:1']);
  assert.deepEqual(JSON.parse(fields.data.get('$ACTION_P3:0')), { id: 'ID8', bound: '$@1' });
  assert.deepEqual(JSON.parse(fields.data.get('$ACTION_P3:1')), [
    'plain', '$$dollar', '$undefined', '$n1', '$D1970-01-01T00:00:00.000Z', '$NaN', '$-0', { nested: [null, true, '$-Infinity'] },
  ]);
  assert.equal(bound.$$IS_SIGNATURE_EQUAL('ID8', 8), true);
  // Binding again keeps the contract and accumulates.
  assert.equal(JSON.parse(bound.bind(null, 2).$$FORM_ACTION('x').data.get('$ACTION_x:1')).length, 9);
});

test('$$FORM_ACTION: values React would outline are refused with a TypeError (React then falls back to JS)', () => {
  const action = createServerReference('ID9', callServer, undefined, findSourceMapURL, 'save');
  for (const [value, what] of [[new Map(), /Map/], [() => 1, /function/], [Promise.resolve(1), /promise/], [Symbol('s'), /symbol/]]) {
    assert.throws(() => action.bind(null, { value }).$$FORM_ACTION('p'), (error) => error instanceof TypeError && what.test(error.message) && /bound\[0\]\.value/.test(error.message));
  }
  const cycle = {};
  cycle.self = cycle;
  assert.throws(() => encodeReplyValue('ID9', cycle), /cycle/);
});

test('$$FORM_ACTION: a custom encodeFormAction gets (id, Promise of the bound arguments)', async () => {
  const seen = [];
  const encode = (id, boundPromise) => {
    seen.push([id, boundPromise]);
    return { name: 'custom', method: 'POST', data: null };
  };
  const action = createServerReference('IDc', callServer, encode, findSourceMapURL, 'save');
  assert.deepEqual(action.$$FORM_ACTION('p'), { name: 'custom', method: 'POST', data: null });
  action.bind(null, 1, 2).$$FORM_ACTION('p');
  assert.equal(seen[0][0], 'IDc');
  assert.deepEqual(await seen[0][1], []);
  assert.deepEqual(await seen[1][1], [1, 2]);
});

test('setServerCallback replaces the transport of stubs made with callServer', async () => {
  const calls = [];
  setServerCallback(async (id, args) => {
    calls.push([id, args]);
    return 'via callback';
  });
  try {
    const action = createServerReference('IDs', callServer, undefined, findSourceMapURL, 'act').bind(null, 'b');
    assert.equal(await action('a'), 'via callback');
    assert.deepEqual(calls, [['IDs', ['b', 'a']]]);
    assert.throws(() => setServerCallback('nope'), TypeError);
  } finally {
    setServerCallback(null);
  }
});

// ---- $$FORM_ACTION against React itself ------------------------------------------------
// react-dom/server renders the progressive-enhancement fields from actionc's stubs, React's
// decodeAction (react-server-dom-webpack) reads them back to the same action and bound
// arguments, and actionc's multipart scanner finds the action in them. React comes from
// examples/e2e/node_modules (`npm ci --ignore-scripts` there); without it these are skipped.
const e2e = fileURLToPath(new URL('../../../examples/e2e/', import.meta.url));
// Installed completely: examples/e2e/run-tests.sh writes this stamp after `npm ci`
// (which may be running concurrently under ctest).
function e2eInstalled() {
  try {
    const lock = createHash('sha256').update(readFileSync(`${e2e}package-lock.json`)).digest('hex');
    return readFileSync(`${e2e}node_modules/.actionc-lock-sha256`, 'utf8').trim() === lock &&
      existsSync(`${e2e}node_modules/react-server-dom-webpack/package.json`);
  } catch {
    return false;
  }
}
const haveReact = e2eInstalled();
const skip = !haveReact ? 'React not installed (examples/e2e/run-tests.sh installs it)' : !process.env.ACTIONC_NODE_ADDON ? 'ACTIONC_NODE_ADDON not set' : false;
const requireFromApp = createRequire(`${e2e}package.json`);

const ID = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKl';

// Renders <form action={action}><input name="title"/></form> with react-dom/server and
// returns the hidden fields React emitted (name → value, in order) and the form's attributes.
function renderForm(action) {
  const React = requireFromApp('react');
  const { renderToStaticMarkup } = requireFromApp('react-dom/server');
  const html = renderToStaticMarkup(React.createElement('form', { action }, React.createElement('input', { name: 'title' })));
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const hidden = [...html.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)].map((m) => [decode(m[1]), decode(m[2] ?? '')]);
  return { html, hidden };
}

// decodeAction in a process with the react-server condition (as a real RSC server runs).
function decodeWithReact(fields) {
  const script = `
    import { decodeAction } from 'react-server-dom-webpack/server';
    globalThis.__webpack_require__ = () => ({ act: async (...args) => args });
    const body = new FormData();
    for (const [k, v] of ${JSON.stringify(fields)}) body.append(k, v);
    body.append('title', 'hello');
    const fn = await decodeAction(body, { ${JSON.stringify(ID)}: { id: 'mod', chunks: [], name: 'act' } });
    const args = await fn();
    const out = args.map((a) => a instanceof FormData ? { form: [...a] } : typeof a === 'bigint' ? 'bigint:' + a : a instanceof Date ? 'date:' + a.toISOString() : a === undefined ? 'undefined' : Object.is(a, -0) ? '-0' : a);
    process.stdout.write(JSON.stringify(out));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script], { cwd: e2e, encoding: 'utf8' }));
}

function scan(fields) {
  const addon = createRequire(import.meta.url)(process.env.ACTIONC_NODE_ADDON);
  const boundary = 'xYzBoundary';
  const parser = addon.createMultipartParser(`multipart/form-data; boundary=${boundary}`, null);
  addon.multipartFeed(parser, Buffer.from(multipartBody(boundary, [...fields, ['title', 'hello']])));
  return addon.multipartFinish(parser);
}

test('react-dom/server renders $ACTION_ID_<id> for an unbound stub; decodeAction and the scanner find it', { skip }, () => {
  const action = createServerReference(ID, callServer, undefined, findSourceMapURL, 'act');
  const { html, hidden } = renderForm(action);
  assert.match(html, /<form[^>]*method="POST"/);
  assert.match(html, /encType="multipart\/form-data"/i);
  assert.deepEqual(hidden, [[`$ACTION_ID_${ID}`, '']]);
  assert.deepEqual(decodeWithReact(hidden), [{ form: [['title', 'hello']] }]);
  assert.equal(scan(hidden), ID);
});

test('react-dom/server renders $ACTION_REF_ fields for a bound stub; decodeAction restores the bound values', { skip }, () => {
  const action = createServerReference(ID, callServer, undefined, findSourceMapURL, 'act').bind(null, 'list-1', '$x', 2, undefined, 3n, new Date(0), -0, { a: [true, null] });
  const { hidden } = renderForm(action);
  assert.equal(hidden.length, 3);
  assert.match(hidden[0][0], /^\$ACTION_REF_/);
  const prefix = hidden[0][0].slice('$ACTION_REF_'.length);
  assert.deepEqual(hidden.slice(1).map(([name]) => name), [`$ACTION_${prefix}:0`, `$ACTION_${prefix}:1`]);
  assert.deepEqual(decodeWithReact(hidden), ['list-1', '$x', 2, 'undefined', 'bigint:3', 'date:1970-01-01T00:00:00.000Z', '-0', { a: [true, null] }, { form: [['title', 'hello']] }]);
  assert.equal(scan(hidden), ID);
});

test('a bound value React cannot put in a field: react-dom/server falls back to a JavaScript-only form', { skip }, () => {
  const action = createServerReference(ID, callServer, undefined, findSourceMapURL, 'act').bind(null, new Map());
  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args.join(' ')); // React reports the fallback
  let rendered;
  try {
    rendered = renderForm(action);
  } finally {
    console.error = consoleError;
  }
  const { html, hidden } = rendered;
  assert.ok(logged.some((line) => /instance of Map/.test(line)), logged.join('\n'));
  assert.deepEqual(hidden, []);
  assert.match(html, /action="javascript:throw new Error/);
});

function multipartBody(boundary, fields) {
  let body = '';
  for (const [name, value] of fields) body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return `${body}--${boundary}--\r\n`;
}
