// Types of the virtual modules actionc-plugins/vite provides with @vitejs/plugin-rsc. Add
// `"types": ["actionc-plugins/virtual"]` to the tsconfig (or `/// <reference
// types="actionc-plugins/virtual" />` to a file) to import them.

/**
 * For the RSC entry: plugin-rsc's action lookups over actionc IDs. The runtime
 * authenticates each ID and finds it in the manifest (errors with `code` and `statusCode`
 * 404 for an ID it does not know), then plugin-rsc loads the module.
 */
declare module 'virtual:actionc/rsc' {
  import type { ReactFormState } from 'react-dom/client';
  import type { ServerReference } from 'actionc/server';

  /** A decoded call's temporary references (what plugin-rsc's createTemporaryReferenceSet returns). */
  export interface DecodeReplyOptions {
    temporaryReferences?: unknown;
  }

  /** The action registered under actionc ID `id`. */
  export function loadServerAction(id: string): Promise<ServerReference>;

  /** React's decodeReply: a call's arguments, server references resolved by actionc ID. */
  export function decodeReply(body: string | FormData, options?: DecodeReplyOptions): Promise<unknown[]>;

  /**
   * React's decodeAction: the action a form posted without JavaScript names, with its bound
   * arguments and the form applied; null (not a promise) when the form names no action.
   */
  export function decodeAction(body: FormData): Promise<() => Promise<unknown>> | null;

  /**
   * React's decodeFormState: useActionState's state after a form action (for hydrateRoot's
   * and renderToReadableStream's `formState`), or null when the form has none.
   */
  export function decodeFormState(actionResult: unknown, body: FormData): Promise<ReactFormState | null>;

  /** Where React finds a server reference: plugin-rsc's module key and the export. */
  export interface ServerManifestEntry {
    id: string;
    name: string;
    chunks: string[];
    async?: boolean;
  }

  /** React's server manifest over actionc IDs (what the functions above resolve through). */
  export const serverManifest: Readonly<Record<string, ServerManifestEntry | undefined>>;
}

/**
 * What compiled client stubs import with plugin-rsc: React's client references from
 * plugin-rsc's browser runtime (`@vitejs/plugin-rsc/react/browser`) or, during SSR, its
 * SSR runtime (`/react/ssr`, where `callServer` and `findSourceMapURL` are null).
 */
declare module 'virtual:actionc/rsc-client' {
  import type { CallServer, ClientServerReference, EncodeFormAction } from 'actionc/client';

  export type FindSourceMapURL = (filename: string, environmentName: string) => string | null;

  export function createServerReference<A extends unknown[] = unknown[], R = unknown>(
    id: string,
    callServer?: CallServer | null,
    encodeFormAction?: EncodeFormAction,
    findSourceMapURL?: FindSourceMapURL | null,
    functionName?: string,
  ): ClientServerReference<A, R>;

  export const callServer: CallServer | null;

  export const findSourceMapURL: FindSourceMapURL | null;
}
