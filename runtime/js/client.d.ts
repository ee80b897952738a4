// Types of actionc/client (client.js): what compiled client stubs import, the default
// transport and its settings. Browser-safe.

export { decodeBody, encodeBody } from './codec.js';
export type { DecodeBodyOptions, EncodeBodyOptions } from './codec.js';
export { ACTION_NOT_FOUND_HEADER, ERROR_CODE_HEADER } from './protocol.js';

/** How a stub reaches the server: `(id, args)` to the return value. */
export type CallServer = (id: string, args: unknown[]) => Promise<unknown>;

/** React's encodeFormAction hook: `(id, boundArguments)` to the form's fields. */
export type EncodeFormAction = (id: string, bound: Promise<unknown[]>) => unknown;

/** A client stub of a server action, with React's client-reference surface. */
export interface ClientServerReference<A extends unknown[] = unknown[], R = unknown> {
  (...args: A): Promise<R>;
  readonly $$id: string;
  readonly $$bound: unknown[] | null;
  $$FORM_ACTION(identifierPrefix: string): unknown;
  $$IS_SIGNATURE_EQUAL(referenceId: string, numberOfBoundArgs: number): boolean;
  /** Pre-binds arguments (`this` cannot cross the network). */
  bind(thisArg: unknown, ...args: unknown[]): ClientServerReference<unknown[], R>;
}

/** React's createServerReference(id, callServer, encodeFormAction, findSourceMapURL, functionName). */
export function createServerReference<A extends unknown[] = unknown[], R = unknown>(
  id: string,
  callServer?: CallServer | null,
  encodeFormAction?: EncodeFormAction,
  findSourceMapURL?: unknown,
  functionName?: string,
): ClientServerReference<A, R>;

/**
 * The default transport: POSTs the arguments in actionc's codec with the ID in
 * `Next-Action`, one call at a time in call order; rejects with a {@link ServerActionError}.
 */
export const callServer: CallServer;

/** Routes every stub made with this module's callServer through `fn`; `null` restores the default transport. */
export function setServerCallback(fn: CallServer | null): void;

/** Where the default callServer posts (default: the current page). */
export function setServerActionEndpoint(url: string | URL): void;

/** `false`: the default transport sends each call at once instead of one at a time in call order. */
export function setSequentialDispatch(enabled: boolean): void;

/** React's findSourceMapURL hook; actionc has no server source maps to offer. */
export function findSourceMapURL(): null;

/** React's reply encoding of `value` as JSON text; throws a TypeError for what React would outline. */
export function encodeReplyValue(id: string, value: unknown, rootPath?: string): string;

/** What the default transport knows of a refused call. */
export interface ServerActionErrorDetails {
  /** The HTTP status. */
  status: number;
  /** The runtime's error code (`Actionc-Error` header), when the server sent one. */
  code?: string | null;
  /** The action called. */
  actionId: string;
}

/** A Server Action call the server refused or failed (the default transport's rejection). */
export class ServerActionError extends Error {
  constructor(message: string, details: ServerActionErrorDetails);
  status: number;
  code: string | null;
  actionId: string;
}

/**
 * The server does not know this action: typically the page was loaded from an older
 * deployment. Catch it to offer a reload (Next.js: "Failed to find Server Action").
 */
export class UnknownServerActionError extends ServerActionError {
  name: 'UnknownServerActionError';
}
