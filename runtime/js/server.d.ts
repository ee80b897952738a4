// Types of actionc/server (server.js): what compiled 'use server' modules import on the
// server, and the request helpers a server adapter calls.

/** A function marked as a server action (React's server-reference shape). */
export type ServerReference<F extends (...args: any[]) => any> = F & {
  readonly $$typeof: symbol;
  readonly $$id: string;
  readonly $$bound: unknown[] | null;
  readonly $$exportName: string | null;
};

/** Marks `reference` as the server action `id` (React's registerServerReference contract). */
export function registerServerReference<F extends (...args: any[]) => any>(
  reference: F,
  id: string,
  exportName?: string,
): ServerReference<F>;

/** Uses these keys instead of ACTIONC_ENCRYPTION_KEY / ACTIONC_PREVIOUS_KEYS (base64 of 32 bytes each). */
export function setKeyRing(keys: { current: string; previous?: string[] | string | null }): void;

/** Fingerprint of the current key (the manifest's keyId). */
export function keyFingerprint(): string;

/** Encrypts the captures of an inline action (called by compiled code). */
export function encryptActionBoundArgs(id: string, args: unknown[] | (() => unknown[])): PromiseLike<string>;

/** Decrypts what encryptActionBoundArgs produced for the same `id`. */
export function decryptActionBoundArgs(id: string, blob: string | PromiseLike<string>): Promise<unknown[]>;

/** Where an action ID leads, as the manifest lists it. */
export interface ResolvedAction {
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

/** A streaming scanner of a progressive-enhancement (no JavaScript) form post. */
export interface FormActionScanner {
  /** Feeds the next chunk of the body; throws ACTIONC_BODY_TOO_LARGE, ACTIONC_MALFORMED_MULTIPART, ACTIONC_MULTIPART_LIMIT. */
  feed(chunk: Uint8Array): void;
  /** The action ID the form names (`$ACTION_ID_*` / `$ACTION_REF_*`), or null. */
  finish(): string | null;
  readonly bufferedBytes: number;
}

export function createFormActionScanner(contentType: string, bodySizeLimit?: number | null): FormActionScanner;

/** What the runtime throws: `code` ACTIONC_<NAME>, `actionc` its kebab-case name, `statusCode` the HTTP answer. */
export interface ActioncError extends Error {
  code: string;
  actionc?: string;
  statusCode: number;
}
