// The React Server Components graph (built with the `react-server` condition; actions get
// actionc's server layer). Everything the Node server needs from it: render a payload,
// decode Flight replies, and load the module of a resolved action.
import { decodeReply, renderToPipeableStream } from 'react-server-dom-webpack/server';
import { PassThrough } from 'node:stream';
import { Page } from '../Page';

type ClientManifest = Record<string, { id: string; chunks: string[]; name: string }>;

/** The page as a Flight payload: { root, returnValue } (returnValue: an action's result). */
export function renderPayload(clientManifest: ClientManifest, returnValue?: unknown, onError?: (e: unknown) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    sink.on('end', () => resolve(Buffer.concat(chunks)));
    sink.on('error', reject);
    const { pipe } = renderToPipeableStream({ root: <Page />, returnValue }, clientManifest, { onError });
    pipe(sink);
  });
}

/**
 * React's reply decoding for actionc's handler (its `decodeReply` option): the arguments of
 * a JavaScript call (`encodeReply` on the client: a string or FormData body), and the
 * `$ACTION_<prefix>:` fields of a form posted without JavaScript ({ id, bound: Promise }).
 * The server manifest is empty: references passed as arguments are refused.
 */
export function decodeReplyBody(body: string | FormData): Promise<unknown> {
  return decodeReply(body, {});
}

/**
 * The modules of the app, lazily, by manifest `module` path ('app/actions.ts'): how the
 * server imports the module of an action the runtime resolved.
 */
const modules = import.meta.glob(['/app/**/*.{ts,tsx}', '!/app/framework/**']);
export function importAppModule(path: string): Promise<Record<string, unknown>> | null {
  const load = modules[`/${path}`];
  return load ? (load() as Promise<Record<string, unknown>>) : null;
}
