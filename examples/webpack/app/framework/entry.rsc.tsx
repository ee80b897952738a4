// The React Server Components bundle (webpack, `react-server` condition; actions get
// actionc's server layer through actionc-plugins/webpack). What the Node server needs
// from it: render a payload, React's reply and form-action decoding against the React
// server manifest actionc emits, and webpack's module loader for the action handler.
import { decodeAction, decodeFormState, decodeReply, renderToPipeableStream } from 'react-server-dom-webpack/server';
import type { ReactFormState } from 'react-dom/client';
import { PassThrough } from 'node:stream';
import { Page } from '../Page';

declare const __webpack_require__: (id: string | number) => Record<string, unknown>;
type Manifest = Record<string, { id: string | number; chunks: string[]; name: string }>;
export type Payload = { returnValue?: unknown; formState?: ReactFormState | null };

/** The page as a Flight payload: { root, returnValue?, formState? }. */
export function renderPayload(clientManifest: Manifest, extra: Payload, onError?: (e: unknown) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    sink.on('end', () => resolve(Buffer.concat(chunks)));
    sink.on('error', reject);
    renderToPipeableStream({ root: <Page />, ...extra }, clientManifest, { onError }).pipe(sink);
  });
}

export const decodeReplyBody = (body: string | FormData, serverManifest: Manifest) => decodeReply(body, serverManifest);
export const decodeFormAction = (body: FormData, serverManifest: Manifest) => decodeAction(body, serverManifest);
export const decodeActionState = (result: unknown, body: FormData, serverManifest: Manifest) => decodeFormState(result, body, serverManifest);

/** A module of this bundle by webpack module id (the React server manifest's `id`). */
export function requireModule(id: string | number): Record<string, unknown> {
  return __webpack_require__(id);
}
