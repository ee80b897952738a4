// Types of actionc-plugins/serve (serve-client.js): the `actionc serve` protocol client.

/** A diagnostic as serve reports it: line and column 1-based, as the CLI prints them. */
export interface ServeDiagnostic {
  severity: 'error' | 'warning' | 'note';
  code?: string;
  message: string;
  path?: string;
  line?: number;
  column?: number;
  /** clang-style rendering with the source line and a caret. */
  rendered?: string;
}

export interface ServeAction {
  id: string;
  export: string;
  kind: 'module' | 'inline';
  line: number;
  column: number;
  params: number | 'unknown';
  bound: number;
}

/** The answer to `transform` (docs/serve.md). */
export interface TransformResponse {
  id?: number;
  ok: boolean;
  changed?: boolean;
  code?: string;
  map?: { version: number; mappings: string; sources?: string[]; names?: string[]; [key: string]: unknown } | null;
  actions?: ServeAction[];
  diagnostics?: ServeDiagnostic[];
  error?: string;
}

export type ServeErrorCode =
  | 'ACTIONC_SERVE_ERROR'
  | 'ACTIONC_SERVE_NOT_FOUND'
  | 'ACTIONC_SERVE_CRASHED'
  | 'ACTIONC_SERVE_TIMEOUT'
  | 'ACTIONC_SERVE_CLOSED'
  | (string & {});

export class ActioncServeError extends Error {
  constructor(message: string, details?: { code?: ServeErrorCode; stderr?: string; response?: unknown });
  code: ServeErrorCode;
  stderr?: string;
  response?: unknown;
}

/** The compiler binary: `option`, else $ACTIONC_BIN, else the installed `@actionc/<platform>` package, else `actionc` on PATH. */
export function actioncBinary(option?: string): string;

export interface ActioncServeOptions {
  /** The project root (required). */
  root: string;
  /** Path of the compiler binary (see actioncBinary). */
  actionc?: string;
  /** --key-file; otherwise the child inherits ACTIONC_ENCRYPTION_KEY. */
  keyFile?: string;
  clientRuntime?: string;
  serverRuntime?: string;
  /** --strip-unused: drop actions no module imports. */
  stripUnused?: boolean;
  /** Extra arguments appended to the command line. */
  args?: string[];
  /** Environment of the child (default process.env). */
  env?: Record<string, string | undefined>;
  /** Restarts after a crash before giving up (default 3). */
  maxRestarts?: number;
  /** Milliseconds before a request fails (default 0: none). */
  requestTimeout?: number;
}

/** One `actionc serve ROOT` process, started on the first request. */
export class ActioncServe {
  constructor(options: ActioncServeOptions);
  readonly options: ActioncServeOptions;
  readonly binary: string;
  /** The command line, for messages and tests. */
  readonly argv: string[];
  readonly pid: number | undefined;
  request(message: Record<string, unknown>): Promise<Record<string, unknown>>;
  transform(request: { path: string; layer: 'client' | 'server'; source?: string }): Promise<TransformResponse>;
  /** The exact bytes of actions.manifest.json. */
  manifest(): Promise<string>;
  /** The file was deleted: its facts leave the project. */
  forget(path: string): Promise<void>;
  /** Clean shutdown; idempotent. */
  close(options?: { timeout?: number }): Promise<{ code: number | null; signal: string | null } | undefined>;
}
