// Types of what actionc/client and actionc/server re-export of actionc's value codec
// (codec.js): encodeBody and decodeBody. The other exports of codec.js are internal.

export interface EncodeBodyOptions {
  /** `false` refuses Blobs, Files and FormData (a TypeError naming the path); default true. */
  blobs?: boolean;
  /** Prefix of the path in error messages, e.g. `argument of action ID:`. */
  label?: string;
  /** Name of the root value in error paths (default `$`). */
  root?: string;
}

export interface DecodeBodyOptions {
  /**
   * The function of server action `id` (or a promise of it): what an encoded server
   * reference decodes to, with its bound arguments bound. Anything but a function is
   * refused as malformed; without this option every server reference is refused.
   */
  serverReference?: (id: string) => unknown;
}

/**
 * `value` as a request or response body: the JSON text when it holds no Blobs, else a
 * FormData (part "0" the JSON, parts "1"… the Blobs). Rejects with a TypeError naming the
 * path of a value the codec cannot carry (class instances, symbols, plain functions, cycles).
 */
export function encodeBody(value: unknown, options?: EncodeBodyOptions): Promise<string | FormData>;

/**
 * Reads what encodeBody produced. Malformed input rejects with a TypeError whose `code` is
 * ACTIONC_MALFORMED_ARGUMENTS and `statusCode` 400.
 */
export function decodeBody(body: string | FormData, options?: DecodeBodyOptions): Promise<unknown>;
