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

/** Arguments of a JavaScript call (`encodeReply` on the client): a string or FormData body. */
export async function decodeArguments(body: string | FormData): Promise<unknown[]> {
  const args = await decodeReply(body, {});
  if (!Array.isArray(args)) throw Object.assign(new Error('arguments must be an array'), { statusCode: 400 });
  return args;
}

/**
 * The `$ACTION_<prefix>:<n>` fields of a progressive-enhancement form (prefix already
 * stripped) decoded as React's decodeAction does: { id, bound }. `bound` must be a promise
 * (React's encoders outline it), exactly as decodeAction requires.
 */
export async function decodeBoundMetadata(fields: FormData): Promise<{ id: string; bound: unknown[] }> {
  const meta = (await decodeReply(fields, {})) as { id?: unknown; bound?: unknown };
  if (typeof meta?.id !== 'string' || !(meta.bound instanceof Promise)) {
    throw Object.assign(new Error('malformed $ACTION_REF_ fields'), { statusCode: 400 });
  }
  const bound = await meta.bound;
  if (!Array.isArray(bound)) throw Object.assign(new Error('malformed bound arguments'), { statusCode: 400 });
  return { id: meta.id, bound };
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
