// Types of actionc/server (server.js, handler.js): what compiled 'use server' modules import
// on the server, the Server Action endpoint, and the request helpers it is made of.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';

export { decodeBody, encodeBody } from './codec.js';
export type { DecodeBodyOptions, EncodeBodyOptions } from './codec.js';
export { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';

// ---- server references ------------------------------------------------------------

/** Any function: what may be registered as a server action. */
export type AnyFunction = (...args: never[]) => unknown;

/** A function marked as a server action (React's server-reference shape). */
export type ServerReference<F extends AnyFunction = (...args: unknown[]) => unknown> = F & {
  readonly $$typeof: symbol;
  readonly $$id: string;
  readonly $$bound: unknown[] | null;
  readonly $$exportName: string | null;
};

/**
 * Marks `reference` as the server action `id` (React's registerServerReference contract;
 * `$$id` is the actionc ID alone) and records it by ID; returns `reference` itself.
 */
export function registerServerReference<F extends AnyFunction>(
  reference: F,
  id: string,
  exportName?: string,
): ServerReference<F>;

/** The function registered as action `id` in this process, or undefined. */
export function registeredServerReference(id: string): ServerReference | undefined;

// ---- keys and bound arguments -------------------------------------------------------

/** Uses these keys instead of ACTIONC_ENCRYPTION_KEY / ACTIONC_PREVIOUS_KEYS (base64 of 32 bytes each). */
export function setKeyRing(keys: { current: string; previous?: string[] | string | null }): void;

/** Fingerprint of the current key (the manifest's keyId). */
export function keyFingerprint(): string;

/**
 * Encrypts the captures of inline action `id` (called by compiled code). With an array it
 * is an async function; with a thunk `() => [a, b]` (what compiled code passes) the thunk
 * runs when the result is first awaited, once, and the result is a thenable.
 */
export function encryptActionBoundArgs(id: string, captures: unknown[]): Promise<string>;
export function encryptActionBoundArgs(id: string, captures: unknown[] | (() => unknown[])): PromiseLike<string>;

/**
 * Decrypts what encryptActionBoundArgs produced for the same `id` (the string, or a
 * promise of it: compiled code passes its `$$bound` parameter as it came). Rejects with
 * `code` ACTIONC_BOUND_ARGS_REJECTED, ACTIONC_MALFORMED_BOUND_ARGS or ACTIONC_UNKNOWN_KEY.
 * Compiled code asserts the tuple of the captures' types (`as [T1, T2]`).
 */
export function decryptActionBoundArgs(id: string, bound: unknown): Promise<unknown[]>;

// ---- the manifest -------------------------------------------------------------------

/** Where an action ID leads, as the manifest lists it. */
export interface ResolvedAction {
  /** The action's ID in this build: what its code registered as `$$id` (after a key
   *  rotation it differs from an ID of a previous key that resolved to it). */
  id: string;
  module: string;
  export: string;
  kind: 'module' | 'inline';
}

export interface ActionManifest {
  /** The number of actions in the manifest. */
  readonly size: number;
  /**
   * Authenticates `id` and looks it up. Throws an {@link ActioncError} with `code`
   * ACTIONC_MALFORMED_ID, ACTIONC_UNKNOWN_KEY, ACTIONC_FORGED_ID or ACTIONC_ACTION_NOT_FOUND.
   */
  resolve(id: string): ResolvedAction;
}

/** Loads actions.manifest.json and checks that a key of the ring built it. */
export function loadActionManifest(path: string): ActionManifest;

/** loadActionManifest over the manifest's text (a dev server's, from `actionc serve`). */
export function loadActionManifestJson(text: string): ActionManifest;

// ---- the handler --------------------------------------------------------------------

type MaybePromise<T> = T | PromiseLike<T>;

/** What the handler's hooks learn of the call they serve. */
export interface ActionCallContext {
  /** The action ID the request named. */
  id: string;
  request: Request;
}

export interface ActionHandlerOptions extends OriginCheckOptions {
  /**
   * The path of actions.manifest.json, a {@link loadActionManifest} result, or a function
   * returning the manifest's text (or a loaded manifest), called for every request and
   * loaded again when the text changes (a dev server's).
   */
  manifest: string | ActionManifest | (() => MaybePromise<string | ActionManifest>);
  /**
   * The module namespace of an action's module (nothing: the action is not found, 404).
   * Default: `import()` of `modulePath` under `moduleRoot`; give one of the two when
   * `manifest` is not a path. The export must be the function registered under the ID.
   */
  loadModule?: (modulePath: string, resolved: ResolvedAction) => MaybePromise<object | null | undefined>;
  /** Where the default loader finds the manifest's module paths (default `<manifest dir>/server`). */
  moduleRoot?: string;
  /** "1mb" (default), "500kb", or a number of bytes. */
  bodySizeLimit?: string | number;
  /**
   * Reads a call's arguments (must give a list) and a no-JavaScript form's `$ACTION_<p>:`
   * fields (`{ id, bound }`). Default: actionc's codec; React apps: React's decodeReply.
   */
  decodeReply?: (body: string | FormData, context: ActionCallContext) => unknown;
  /** The response to a JavaScript call. Default: the result in actionc's codec (200). */
  respond?: (result: unknown, context: ActionCallContext) => MaybePromise<Response>;
  /**
   * Reads a form posted without JavaScript (after the runtime authenticated the ID it
   * names) into the action to call, e.g. React's decodeAction. Default: actionc reads the
   * fields and calls the action with the bound arguments and the form's FormData.
   */
  decodeAction?: (formData: FormData, context: ActionCallContext) => MaybePromise<(() => unknown) | null | undefined>;
  /**
   * The response after a form posted without JavaScript (React apps render the page with
   * decodeFormState(result, formData)). Default: 303 back to the same-origin Referer.
   */
  formResponse?: (context: ActionCallContext & { result: unknown; formData: FormData }) => MaybePromise<Response>;
  /** Send an action's own error message instead of "Internal error" (dev servers). */
  exposeErrors?: boolean;
  /** Called with every refused or failed call; `id` is null when no header named one. */
  onError?: (error: unknown, context: { request: Request; id: string | null }) => void;
}

/** A Server Action endpoint over fetch's types: null when the request is not an action call. */
export type ActionHandler = (request: Request) => Promise<Response | null>;

/** Node's request as `http`, `http2`'s compatibility API, Express and Connect give it. */
export type NodeRequest = IncomingMessage | Http2ServerRequest;

/** Node's response, as NodeRequest. */
export type NodeResponse = ServerResponse | Http2ServerResponse;

/** Express/Connect's `next`: no argument to pass the request on, an error to fail it. */
export type NodeNext = (error?: unknown) => unknown;

/**
 * Node `http` / Express / Connect middleware. A request it does not take goes to
 * `next()` (404 without one); it resolves once the response is written.
 */
export type NodeActionHandler = (req: NodeRequest, res: NodeResponse, next?: NodeNext) => Promise<unknown>;

/** The Server Action endpoint as `(request) => Promise<Response | null>` (Web Request/Response). */
export function createActionHandler(options: ActionHandlerOptions): ActionHandler;

/** createActionHandler(options) as Node middleware; mount it before any body parser. */
export function createNodeActionHandler(options: ActionHandlerOptions): NodeActionHandler;

/** Node's `http` shape over a Web handler. */
export function toNodeHandler(handler: ActionHandler): NodeActionHandler;

// ---- request helpers (what the handler is made of) ------------------------------------

/** Node's IncomingHttpHeaders, or anything with `get(name)` such as fetch's Headers. */
export type RequestHeaders =
  | Record<string, string | string[] | undefined>
  | { get(name: string): string | null };

export interface OriginCheckOptions {
  /** Next.js patterns: `*` one label, `**` one or more leftmost labels. */
  allowedOrigins?: string[];
  /** A request without Origin: 'same-site-form' (default), 'reject' or 'allow'. */
  missingOrigin?: 'same-site-form' | 'reject' | 'allow';
}

/** CSRF check of an action request; throws ACTIONC_CSRF_REJECTED (statusCode 403). */
export function checkActionOrigin(headers: RequestHeaders, options?: OriginCheckOptions): void;

/** The action ID of the `Next-Action` / `Action-Id` header, or null (look in the form body). */
export function actionIdFromHeaders(headers: RequestHeaders): string | null;

/** `bodySizeLimit` ("1mb", "500kb", or a number of bytes) in bytes. */
export function parseBodySizeLimit(limit: string | number): number;

/** Throws ACTIONC_TOO_MANY_ARGUMENTS for more than 1000 arguments. */
export function checkArgumentCount(count: number): void;

/** Counts a body that is not multipart (a JSON call) against the limit. */
export interface BodyCounter {
  /** Adds `bytes`; throws ACTIONC_BODY_TOO_LARGE (413) once the total passes the limit. */
  consume(bytes: number): void;
}

/** A BodyCounter for `bodySizeLimit` ("1mb", "500kb", bytes; default 1 MB). */
export function createBodyCounter(bodySizeLimit?: string | number | null): BodyCounter;

/** A streaming scanner of a progressive-enhancement (no JavaScript) form post. */
export interface FormActionScanner {
  /** Feeds the next chunk of the body; throws ACTIONC_BODY_TOO_LARGE, ACTIONC_MALFORMED_MULTIPART, ACTIONC_MULTIPART_LIMIT. */
  feed(chunk: Uint8Array): void;
  /** The action ID the form names (`$ACTION_ID_*` / `$ACTION_REF_*`), or null. */
  finish(): string | null;
  readonly bufferedBytes: number;
}

export function createFormActionScanner(contentType: string, bodySizeLimit?: string | number | null): FormActionScanner;

/** What the runtime throws: `code` ACTIONC_<NAME>, `actionc` its kebab-case name, `statusCode` the HTTP answer. */
export interface ActioncError extends Error {
  code: string;
  actionc?: string;
  statusCode: number;
}
