// Server-side rendering of a Flight payload to HTML (react-dom/server), in the normal
// (non-react-server) graph where 'use client' modules are real and actions are stubs.
// The client components are imported here so that webpack's own __webpack_require__
// finds them under the ids the client manifest names (named module ids, same context).
// Exported, so that production builds keep every export of the client components.
export * as clientComponents from '../TodoForm';
import { createFromNodeStream } from 'react-server-dom-webpack/client.node';
import { renderToPipeableStream } from 'react-dom/server.node';
import { use, type ReactNode } from 'react';
import type { ReactFormState } from 'react-dom/client';
import { Readable, Writable } from 'node:stream';

type ConsumerManifest = { moduleMap: Record<string, unknown>; serverModuleMap: null; moduleLoading: null };
type Payload = { root: ReactNode; formState?: ReactFormState | null };

/** HTML for a payload (formState: a no-JavaScript useActionState post); payload inlined. */
export function renderHtml(payload: Buffer, consumerManifest: ConsumerManifest, formState: ReactFormState | null, onError?: (e: unknown) => void): Promise<string> {
  const tree = createFromNodeStream(Readable.from([payload]), consumerManifest) as unknown as Promise<Payload>;
  function Shell() {
    return use(tree).root;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const { pipe } = renderToPipeableStream(<Shell />, {
      formState,
      onShellError: reject,
      onError,
      onAllReady() {
        pipe(new Writable({
          write(chunk, _encoding, done) { chunks.push(Buffer.from(chunk)); done(); },
          final(done) {
            const inline = JSON.stringify(payload.toString('utf8')).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
            resolve(`<!doctype html><html><head><meta charset="utf-8"><title>actionc webpack</title><link rel="icon" href="data:,"></head>` +
              `<body><div id="root">${Buffer.concat(chunks).toString('utf8')}</div>` +
              `<script>self.__FLIGHT_PAYLOAD__=${inline}</script>` +
              `<script src="/client/main.js"></script></body></html>`);
            done();
          },
        }));
      },
    });
  });
}
