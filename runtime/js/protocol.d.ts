// Types of protocol.js: the HTTP words the server handler and the default client transport
// share. Re-exported by actionc/server and actionc/client.

/** Response header on the four ID failures (malformed, unknown key, forged, not found): a
 *  client tells a stale deployment from other 404s by it. */
export const ACTION_NOT_FOUND_HEADER: 'Actionc-Action-Not-Found';

/** Response header with the runtime's error code (ACTIONC_…) of a refused call. */
export const ERROR_CODE_HEADER: 'Actionc-Error';
