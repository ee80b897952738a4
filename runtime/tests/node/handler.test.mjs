// The Server Action endpoint (runtime/js/handler.js) driven as a Web handler and as Node
// middleware, with the default client transport (actionc/client's callServer) on the other
// end: the codec both ways, every runtime error mapped to its status, form posts without
// JavaScript, sequential dispatch and the typed error of a stale deployment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  createActionHandler, createNodeActionHandler, decodeBody, encryptActionBoundArgs, decryptActionBoundArgs,
  loadActionManifest, registerServerReference, setKeyRing,
} from '../../js/server.js';
import {
  ServerActionError, UnknownServerActionError, callServer, createServerReference, setSequentialDispatch, setServerActionEndpoint,
} from '../../js/client.js';
import { keyBase64, writeManifest } from './helpers.mjs';

const key = keyBase64(21);
setKeyRing({ current: key });
const { path: manifestPath, manifest } = writeManifest(key, [
  'app/actions.ts:echo', 'app/actions.ts:save', 'app/actions.ts:fail', 'app/actions.ts:slow', 'app/page.tsx:Page/rename:inline', 'app/actions.ts:unregistered',
]);
const idOf = (name) => manifest.actions.find((a) => a.export === name).id;
const forge = (id) => id.slice(0, 20) + (id[20] === 'A' ? 'B' : 'A') + id.slice(21);
const stale = writeManifest(key, ['app/removed.ts:gone']).manifest.actions[0].id; // authentic, not in this manifest

const log = [];
const order = [];
const modules = {
  'app/actions.ts': {
    echo: registerServerReference(async (...args) => args, idOf('echo'), 'echo'),
    save: registerServerReference(async (form) => {
      log.push(['save', form.get('title')]);
      return form.get('title');
    }, idOf('save'), 'save'),
    fail: registerServerReference(async () => {
      throw new Error('database password is hunter2');
    }, idOf('fail'), 'fail'),
    slow: registerServerReference(async (label, ms) => {
      order.push(`start ${label}`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`end ${label}`);
      return label;
    }, idOf('slow'), 'slow'),
    unregistered: async () => 'not a registered action',
  },
  'app/page.tsx': {
    'Page/rename': registerServerReference(async ($$bound, form) => {
      const [owner, since] = await decryptActionBoundArgs(idOf('Page/rename'), $$bound);
      return `${form.get('name')} by ${owner} since ${since.toISOString()}`;
    }, idOf('Page/rename'), 'Page/rename'),
  },
};

const errors = [];
const options = {
  manifest: manifestPath,
  loadModule: async (module) => modules[module],
  bodySizeLimit: '2kb',
  onError: (error) => errors.push(error.code ?? error.message),
};
const handle = createActionHandler(options);
let server;
let url;

before(async () => {
  // Node's fetch sends no Origin: accept that here, as Next.js does ('allow').
  const middleware = createNodeActionHandler({ ...options, missingOrigin: 'allow' });
  server = createServer((req, res) => middleware(req, res, () => {
    res.statusCode = 418;
    res.end('not an action');
  }));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${server.address().port}/page`;
  setServerActionEndpoint(url);
});
after(() => server?.close());

const post = (headers, body) => new Request('http://app.test/page', { method: 'POST', headers: { host: 'app.test', origin: 'http://app.test', ...headers }, body });

test('a JavaScript call: the codec both ways through Node middleware and the default callServer', async () => {
  const echo = createServerReference(idOf('echo'), callServer, undefined, undefined, 'echo');
  const form = new FormData();
  form.append('title', 'hi');
  form.append('file', new File(['contents'], 'a.txt', { type: 'text/plain' }));
  const args = [new Date(3), new Map([['k', 1n]]), new Set([undefined]), new Uint16Array([65535]), form, undefined];
  const result = await echo(...args);
  assert.deepEqual(result.slice(0, 4), args.slice(0, 4));
  assert.equal(result.length, 6);
  assert.equal(result[5], undefined);
  assert.ok(result[4] instanceof FormData);
  assert.equal(result[4].get('title'), 'hi');
  assert.equal(await result[4].get('file').text(), 'contents');
  assert.equal(result[4].get('file').name, 'a.txt');
  // A bound stub sends its bound arguments first.
  assert.deepEqual(await echo.bind(null, 'first')('second'), ['first', 'second']);
});

test('an action returning another action: the client gets a callable stub', async () => {
  const echo = createServerReference(idOf('echo'), callServer, undefined, undefined, 'echo');
  const [returned] = await echo(modules['app/actions.ts'].echo.bind(null, 'pre'));
  assert.equal(returned.$$id, idOf('echo'));
  assert.deepEqual(await returned('post'), ['pre', 'post']);
});

test('every runtime error has its documented status', async () => {
  const cases = [
    [post({ 'next-action': forge(idOf('echo')), 'content-type': 'application/json' }, '[]'), 404, 'ACTIONC_FORGED_ID'],
    [post({ 'next-action': 'short', 'content-type': 'application/json' }, '[]'), 404, 'ACTIONC_MALFORMED_ID'],
    [post({ 'next-action': stale, 'content-type': 'application/json' }, '[]'), 404, 'ACTIONC_ACTION_NOT_FOUND'],
    [post({ 'next-action': idOf('unregistered'), 'content-type': 'application/json' }, '[]'), 404, 'ACTIONC_ACTION_NOT_FOUND'],
    [post({ 'next-action': idOf('echo'), 'action-id': idOf('save'), 'content-type': 'application/json' }, '[]'), 404, 'ACTIONC_MALFORMED_ID'],
    [post({ 'next-action': idOf('echo'), origin: 'https://evil.test', 'content-type': 'application/json' }, '[]'), 403, 'ACTIONC_CSRF_REJECTED'],
    [post({ 'next-action': idOf('echo'), 'content-type': 'application/json' }, JSON.stringify(['x'.repeat(3000)])), 413, 'ACTIONC_BODY_TOO_LARGE'],
    [post({ 'next-action': idOf('echo'), 'content-type': 'application/json' }, JSON.stringify(new Array(1001).fill(0))), 400, 'ACTIONC_TOO_MANY_ARGUMENTS'],
    [post({ 'next-action': idOf('echo'), 'content-type': 'application/json' }, '{"not":"a list"}'), 400, 'ACTIONC_MALFORMED_ARGUMENTS'],
    [post({ 'next-action': idOf('echo'), 'content-type': 'application/json' }, '["$Zbad"]'), 400, 'ACTIONC_MALFORMED_ARGUMENTS'],
    [post({ 'next-action': idOf('echo'), 'content-type': 'multipart/form-data; boundary=b' }, '--b\r\nbroken\r\n\r\n--b--\r\n'), 400, 'ACTIONC_MALFORMED_MULTIPART'],
    [post({ 'content-type': 'multipart/form-data; boundary=b' }, '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--b--\r\n'), 400, 'ACTIONC_MISSING_ACTION_ID'],
    [post({ 'next-action': idOf('fail'), 'content-type': 'application/json' }, '[]'), 500, null],
  ];
  for (const [request, status, code] of cases) {
    const response = await handle(request);
    const text = await response.text();
    assert.equal(response.status, status, `${code}: ${text}`);
    assert.equal(response.headers.get('actionc-error'), status === 404 ? 'ACTIONC_ACTION_NOT_FOUND' : code);
    assert.equal(response.headers.get('actionc-action-not-found'), status === 404 ? '1' : null);
    if (status === 404) assert.equal(text, 'Server Action not found', 'the four ID failures answer alike');
    if (status === 413) assert.match(text, /^Body exceeded 2kb limit\./);
    if (status === 500) assert.equal(text, 'Internal error', 'an action\'s own error stays on the server');
    if (code) assert.equal(errors.at(-1), code, 'onError sees the typed error');
  }
  const exposed = await createActionHandler({ ...options, exposeErrors: true })(post({ 'next-action': idOf('fail'), 'content-type': 'application/json' }, '[]'));
  assert.match(await exposed.text(), /hunter2/);
});

test('requests that are not actions are left alone', async () => {
  assert.equal(await handle(new Request('http://app.test/page')), null);
  assert.equal(await handle(post({ 'content-type': 'application/json' }, '{}')), null);
  const response = await fetch(url, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
  assert.equal(response.status, 418, 'Node middleware calls next()');
  assert.equal(await response.text(), 'not an action');
});

test('a form posted without JavaScript: $ACTION_ID_ and $ACTION_REF_ (encrypted captures), then 303 back', async () => {
  const form = new FormData();
  form.append(`$ACTION_ID_${idOf('save')}`, '');
  form.append('title', 'no js');
  const response = await handle(post({ 'sec-fetch-site': 'same-origin', referer: 'http://app.test/list?x=1' }, form));
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('location'), 'http://app.test/list?x=1');
  assert.deepEqual(log.at(-1), ['save', 'no js']);

  const blob = await encryptActionBoundArgs(idOf('Page/rename'), ['owner-1', new Date(0)]);
  const ref = new FormData();
  ref.append('$ACTION_REF_R1', '');
  ref.append('$ACTION_R1:0', JSON.stringify({ id: idOf('Page/rename'), bound: '$@1' }));
  ref.append('$ACTION_R1:1', JSON.stringify([blob]));
  ref.append('name', 'Chores');
  let result;
  const custom = createActionHandler({ ...options, formResponse: ({ result: r }) => ((result = r), new Response('done')) });
  assert.equal(await (await custom(post({}, ref))).text(), 'done');
  assert.equal(result, 'Chores by owner-1 since 1970-01-01T00:00:00.000Z');
  // A foreign origin's referer is not followed.
  const away = await handle(post({ 'sec-fetch-site': 'same-origin', referer: 'https://elsewhere.test/' }, form));
  assert.equal(away.headers.get('location'), 'http://app.test/page');
  // Bound arguments that are not a list, or not where `bound` says.
  for (const [bound, list] of [['$@1', '{"not":"a list"}'], ['$@2', '[]'], ['$@1', '["$Zbad"]']]) {
    const broken = new FormData();
    broken.append('$ACTION_REF_R1', '');
    broken.append('$ACTION_R1:0', JSON.stringify({ id: idOf('save'), bound }));
    broken.append('$ACTION_R1:1', list);
    const refused = await handle(post({}, broken));
    assert.equal(refused.status, 400, `${bound} ${list}`);
  }
});

test('decodeReply gets { id, request } for a form\'s $ACTION_REF_ fields too, as for a call', async () => {
  const contexts = [];
  // A decoder in the documented shape, destructuring its context; the form's reply is
  // `{ id, bound }` with the bound list in part 1.
  const decodeReply = async (body, { id, request }) => {
    contexts.push([id, request.method]);
    if (typeof body === 'string') return decodeBody(body);
    const root = JSON.parse(body.get('0'));
    return { id: root.id, bound: decodeBody(body.get('1')) };
  };
  const withDecoder = createActionHandler({ ...options, decodeReply, formResponse: ({ result }) => new Response(String(result)) });
  const blob = await encryptActionBoundArgs(idOf('Page/rename'), ['owner-2', new Date(0)]);
  const ref = new FormData();
  ref.append('$ACTION_REF_R1', '');
  ref.append('$ACTION_R1:0', JSON.stringify({ id: idOf('Page/rename'), bound: '$@1' }));
  ref.append('$ACTION_R1:1', JSON.stringify([blob]));
  ref.append('name', 'Laundry');
  const response = await withDecoder(post({}, ref));
  assert.equal(await response.text(), 'Laundry by owner-2 since 1970-01-01T00:00:00.000Z');
  const call = await withDecoder(post({ 'next-action': idOf('echo'), 'content-type': 'application/json' }, '["x"]'));
  assert.equal(call.status, 200);
  assert.deepEqual(contexts, [[idOf('Page/rename'), 'POST'], [idOf('echo'), 'POST']]);
});

test('sequential dispatch: calls run one at a time in call order; opt-out runs them at once', async () => {
  const slow = createServerReference(idOf('slow'), callServer, undefined, undefined, 'slow');
  order.length = 0;
  assert.deepEqual(await Promise.all([slow('a', 60), slow('b', 1), slow('c', 1)]), ['a', 'b', 'c']);
  assert.deepEqual(order, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  order.length = 0;
  setSequentialDispatch(false);
  try {
    await Promise.all([slow('a', 60), slow('b', 1)]);
    assert.deepEqual(order.slice(0, 2), ['start a', 'start b']);
  } finally {
    setSequentialDispatch(true);
  }
  // A failed call does not stop the queue.
  const fail = createServerReference(idOf('fail'), callServer, undefined, undefined, 'fail');
  const results = await Promise.allSettled([fail(), slow('after', 1)]);
  assert.equal(results[0].status, 'rejected');
  assert.equal(results[1].value, 'after');
});

test('a stale deployment: an unknown ID rejects with UnknownServerActionError the UI can catch', async () => {
  const gone = createServerReference(stale, callServer, undefined, undefined, 'gone');
  await assert.rejects(gone(), (error) => {
    assert.ok(error instanceof UnknownServerActionError);
    assert.ok(error instanceof ServerActionError);
    assert.equal(error.name, 'UnknownServerActionError');
    assert.equal(error.status, 404);
    assert.equal(error.actionId, stale);
    return true;
  });
  const fail = createServerReference(idOf('fail'), callServer, undefined, undefined, 'fail');
  await assert.rejects(fail(), (error) => !(error instanceof UnknownServerActionError) && error.status === 500);
});

test('the default loader imports <manifest dir>/server/<module>', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'actionc-handler-'));
  const { manifest: m } = writeManifest(key, ['app/real.mjs:hello']);
  writeFileSync(join(dir, 'actions.manifest.json'), JSON.stringify(m));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'server/app'), { recursive: true });
  const server = pathToFileURL(new URL('../../js/server.js', import.meta.url).pathname).href;
  writeFileSync(join(dir, 'server/app/real.mjs'), `import { registerServerReference } from ${JSON.stringify(server)};\n` +
    `export async function hello(name) { return 'hello ' + name; }\nregisterServerReference(hello, ${JSON.stringify(m.actions[0].id)}, 'hello');\n`);
  const handler = createActionHandler({ manifest: join(dir, 'actions.manifest.json') });
  const response = await handler(post({ 'next-action': m.actions[0].id, 'content-type': 'application/json' }, '["you"]'));
  assert.equal(await response.json(), 'hello you');
  // A loaded manifest object and a manifest-text function work too.
  const viaText = createActionHandler({ manifest: () => JSON.stringify(m), moduleRoot: join(dir, 'server') });
  assert.equal(await (await viaText(post({ 'next-action': m.actions[0].id, 'content-type': 'application/json' }, '["text"]'))).json(), 'hello text');
  const viaObject = createActionHandler({ manifest: loadActionManifest(join(dir, 'actions.manifest.json')), moduleRoot: join(dir, 'server') });
  assert.equal(await (await viaObject(post({ 'next-action': m.actions[0].id, 'content-type': 'application/json' }, '["obj"]'))).json(), 'hello obj');
});

test('decodeAction (React\'s) reads a form only after the runtime authenticated the ID it names', async () => {
  const seen = [];
  const withReact = createActionHandler({
    ...options,
    loadModule: async (module, resolved) => (seen.push(resolved.id), modules[module]),
    decodeAction: async (form) => {
      const fn = modules['app/actions.ts'].save;
      return () => fn(form);
    },
    formResponse: ({ result, formData }) => new Response(`${result} ${formData.has(`$ACTION_ID_${idOf('save')}`)}`),
  });
  const form = new FormData();
  form.append(`$ACTION_ID_${idOf('save')}`, '');
  form.append('title', 'via react');
  const response = await withReact(post({}, form));
  assert.equal(await response.text(), 'via react true', 'formResponse gets the whole form (decodeFormState reads $ACTION_ fields)');
  assert.deepEqual(seen, [idOf('save')]);
  const forged = new FormData();
  forged.append(`$ACTION_ID_${forge(idOf('save'))}`, '');
  assert.equal((await withReact(post({}, forged))).status, 404);
  const broken = createActionHandler({ ...options, decodeAction: async () => { throw new Error('bad fields'); } });
  assert.equal((await broken(post({}, form))).status, 400);
});
