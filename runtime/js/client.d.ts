// Types of actionc/client (client.js): what compiled client stubs import. Browser-safe.

/** How a stub reaches the server: `(id, args)` to the return value. */
export type CallServer = (id: string, args: unknown[]) => Promise<unknown>;

/** React's encodeFormAction hook: `(id, boundArguments)` to the form's fields. */
export type EncodeFormAction = (id: string, bound: Promise<unknown[]>) => unknown;

/** A client stub of a server action, with React's client-reference surface. */
export interface ClientServerReference<A extends unknown[] = any[], R = unknown> {
  (...args: A): Promise<R>;
  readonly $$id: string;
  readonly $$bound: unknown[] | null;
  $$FORM_ACTION(identifierPrefix: string): unknown;
  $$IS_SIGNATURE_EQUAL(referenceId: string, numberOfBoundArgs: number): boolean;
  bind(thisArg: unknown, ...args: unknown[]): ClientServerReference<any[], R>;
}

/** React's createServerReference(id, callServer, encodeFormAction, findSourceMapURL, functionName). */
export function createServerReference<A extends unknown[] = any[], R = unknown>(
  id: string,
  callServer?: CallServer | null,
  encodeFormAction?: EncodeFormAction,
  findSourceMapURL?: unknown,
  functionName?: string,
): ClientServerReference<A, R>;

/** The default transport: POSTs the arguments as JSON with the ID in `Next-Action`. */
export const callServer: CallServer;

/** Routes every stub made with this module's callServer through `fn`; `null` restores the JSON transport. */
export function setServerCallback(fn: CallServer | null): void;

/** Where the default callServer posts (default: the current page). */
export function setServerActionEndpoint(url: string | URL): void;

/** React's findSourceMapURL hook; actionc has no server source maps to offer. */
export function findSourceMapURL(): null;

/** React's reply encoding of `value` as JSON text; throws a TypeError for what React would outline. */
export function encodeReplyValue(id: string, value: unknown, rootPath?: string): string;
