// Server-side rendering of a Flight payload to HTML (react-dom/server), in the normal
// (non-react-server) graph where 'use client' modules are real and actions are stubs.
import './webpack-globals'; // first: how react-server-dom-webpack loads client modules
import { createFromNodeStream } from 'react-server-dom-webpack/client.node';
import { renderToPipeableStream } from 'react-dom/server.node';
import { use, type ReactNode } from 'react';
import { Readable, Writable } from 'node:stream';

type ConsumerManifest = { moduleMap: Record<string, unknown>; serverModuleMap: null; moduleLoading: null };

/** HTML for a payload; the payload is also inlined for the browser's hydration. */
export function renderHtml(payload: Buffer, consumerManifest: ConsumerManifest, onError?: (e: unknown) => void): Promise<string> {
  const tree = createFromNodeStream(Readable.from([payload]), consumerManifest) as unknown as Promise<{ root: ReactNode }>;
  function Shell() {
    return use(tree).root;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const { pipe } = renderToPipeableStream(<Shell />, {
      onShellError: reject,
      onError,
      onAllReady() {
        pipe(new Writable({
          write(chunk, _encoding, done) { chunks.push(Buffer.from(chunk)); done(); },
          final(done) {
            const inline = JSON.stringify(payload.toString('utf8')).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
            resolve(`<!doctype html><html><head><meta charset="utf-8"><title>actionc e2e</title><link rel="icon" href="data:,"></head>` +
              `<body><div id="root">${Buffer.concat(chunks).toString('utf8')}</div>` +
              `<script>self.__FLIGHT_PAYLOAD__=${inline}</script>` +
              `<script type="module" src="/client.js"></script></body></html>`);
            done();
          },
        }));
      },
    });
  });
}
