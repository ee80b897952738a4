// A client for `actionc serve` (docs/serve.md): one child process speaking JSON lines,
// requests matched to responses by id, restarted when it crashes, shut down cleanly.
// Node built-ins only.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const STDERR_TAIL = 16 * 1024;

/** Error raised for a failed request or a dead server; `code` tells which. */
export class ActioncServeError extends Error {
  constructor(message, { code = 'ACTIONC_SERVE_ERROR', stderr = '', response } = {}) {
    super(message);
    this.name = 'ActioncServeError';
    this.code = code;
    if (stderr) this.stderr = stderr;
    if (response) this.response = response;
  }
}

/**
 * The binary: the `actionc` option, else $ACTIONC_BIN, else the one the installed `actionc`
 * package brought (its optional platform dependency `@actionc/<triple>`), else `actionc`
 * on PATH.
 */
export function actioncBinary(option) {
  return option || process.env.ACTIONC_BIN || packagedCompiler() || 'actionc';
}

// Through `actionc/platform`, which knows the platform package's name; null when the
// `actionc` package (or its platform package) is not installed.
function packagedCompiler() {
  try {
    return createRequire(import.meta.url)('actionc/platform').packagedCompilerPath();
  } catch {
    return null;
  }
}

/**
 * One `actionc serve ROOT` process for one build (or one dev server).
 *
 * Options:
 *   root            the project root (required)
 *   actionc         path of the binary (default $ACTIONC_BIN, else `actionc`)
 *   keyFile         --key-file (else the child inherits ACTIONC_ENCRYPTION_KEY)
 *   clientRuntime   --client-runtime, serverRuntime --server-runtime
 *   stripUnused     --strip-unused (builds; dev servers keep every action live)
 *   alias           bundler aliases, [{ find: string | { regex, flags }, replacement }]
 *                   (core.js normalizeAliases), passed as --alias-json
 *   args            extra arguments appended to the command line
 *   env             environment of the child (default process.env)
 *   maxRestarts     restarts after a crash before giving up (default 3)
 *   requestTimeout  ms before a request fails (default 0 = none)
 *
 * The process starts on the first request. When it dies with requests in flight it is
 * restarted and those requests are sent again once; a request that was in flight during
 * two crashes is rejected (it is probably what kills the server).
 */
export class ActioncServe {
  constructor(options = {}) {
    if (!options.root) throw new TypeError('actionc serve: the `root` option is required');
    this.options = options;
    this.binary = actioncBinary(options.actionc);
    this.maxRestarts = options.maxRestarts ?? 3;
    this.restarts = 0;
    this.child = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { message, resolve, reject, attempts, timer }
    this.stderrTail = '';
    this.closed = false;
    this.exitPromise = null;
  }

  /** The command line, for messages and tests. */
  get argv() {
    const o = this.options;
    const argv = ['serve', o.root];
    if (o.keyFile) argv.push('--key-file', o.keyFile);
    if (o.clientRuntime) argv.push('--client-runtime', o.clientRuntime);
    if (o.serverRuntime) argv.push('--server-runtime', o.serverRuntime);
    if (o.stripUnused) argv.push('--strip-unused');
    if (o.alias?.length) argv.push('--alias-json', JSON.stringify(o.alias));
    if (o.args) argv.push(...o.args);
    return argv;
  }

  get pid() {
    return this.child?.pid;
  }

  start() {
    if (this.closed) throw new ActioncServeError('actionc serve: the client was closed', { code: 'ACTIONC_SERVE_CLOSED' });
    if (this.child) return this.child;
    const child = spawn(this.binary, this.argv, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: this.options.env ?? process.env,
      windowsHide: true,
    });
    this.child = child;
    this.stderrTail = '';
    let exited;
    this.exitPromise = new Promise((resolve) => (exited = resolve));
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    child.stdin.on('error', () => {}); // EPIPE when the child died; handled on 'exit'/'close'
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => this.#onLine(line));
    let spawnError = null;
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code, signal) => {
      exited({ code, signal });
      if (this.child === child) this.child = null;
      this.#onExit(code, signal, spawnError);
    });
    // Requests already queued (a restart) go out now, in their original order.
    for (const entry of this.pending.values()) this.#write(entry);
    this.#updateRef();
    return child;
  }

  #write(entry) {
    this.child.stdin.write(JSON.stringify(entry.message) + '\n');
  }

  #onLine(line) {
    if (!line.trim()) return;
    let response;
    try {
      response = JSON.parse(line);
    } catch {
      this.stderrTail = (this.stderrTail + `\n[stdout, not JSON] ${line}`).slice(-STDERR_TAIL);
      return;
    }
    // Responses come in request order; an answer without our id (a request the server
    // could not even parse) belongs to the oldest one in flight.
    let entry;
    if (response && response.id !== undefined && response.id !== null) entry = this.pending.get(response.id);
    else entry = this.pending.values().next().value;
    if (!entry) return; // a request that timed out, or the answer to `shutdown`
    this.pending.delete(entry.message.id);
    clearTimeout(entry.timer);
    this.restarts = 0; // it answered: the server is healthy again
    this.#updateRef();
    entry.resolve(response);
  }

  #onExit(code, signal, spawnError) {
    if (this.pending.size === 0) return;
    if (spawnError?.code === 'ENOENT') {
      this.#failAll(
        new ActioncServeError(
          `actionc serve: cannot run '${this.binary}' (not found). Install the \`actionc\` package with its optional dependencies, or set the plugin's \`actionc\` option or ACTIONC_BIN.`,
          { code: 'ACTIONC_SERVE_NOT_FOUND' },
        ),
      );
      return;
    }
    const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
    const stderr = this.stderrTail.trim();
    if (this.closed || this.restarts >= this.maxRestarts) {
      this.#failAll(
        new ActioncServeError(`actionc serve ${how}${stderr ? `:\n${stderr}` : ''}`, { code: 'ACTIONC_SERVE_CRASHED', stderr }),
      );
      return;
    }
    // Retry each in-flight request once; a request in flight during two crashes fails.
    for (const [id, entry] of this.pending) {
      entry.attempts += 1;
      if (entry.attempts > 2) {
        this.pending.delete(id);
        clearTimeout(entry.timer);
        entry.reject(
          new ActioncServeError(`actionc serve ${how} twice while handling this request${stderr ? `:\n${stderr}` : ''}`, {
            code: 'ACTIONC_SERVE_CRASHED',
            stderr,
          }),
        );
      }
    }
    this.restarts += 1;
    if (this.pending.size) this.start();
  }

  #failAll(error) {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.pending.clear();
    this.#updateRef();
  }

  // An idle server must not keep Node alive (a bundler that forgot to close us would
  // hang); a busy one must.
  #updateRef() {
    const child = this.child;
    if (!child) return;
    const method = this.pending.size ? 'ref' : 'unref';
    child[method]();
    child.stdout[method]?.();
    child.stderr[method]?.();
    child.stdin[method]?.();
  }

  /** Sends one request object (without id) and resolves to the response object. */
  request(message) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new ActioncServeError('actionc serve: the client was closed', { code: 'ACTIONC_SERVE_CLOSED' }));
        return;
      }
      const id = this.nextId++;
      const entry = { message: { ...message, id }, resolve, reject, attempts: 1, timer: null };
      const timeout = this.options.requestTimeout;
      if (timeout > 0) {
        entry.timer = setTimeout(() => {
          if (!this.pending.delete(id)) return;
          this.#updateRef();
          reject(new ActioncServeError(`actionc serve: no answer to ${message.method} within ${timeout} ms`, { code: 'ACTIONC_SERVE_TIMEOUT' }));
        }, timeout);
      }
      this.pending.set(id, entry);
      if (this.child) {
        this.#write(entry);
        this.#updateRef();
      } else {
        this.start(); // writes every pending request
      }
    });
  }

  /** `transform` (docs/serve.md): resolves to the response; `ok: false` is not thrown. */
  transform({ path, layer, source }) {
    const message = { method: 'transform', path, layer };
    if (source !== undefined) message.source = source;
    return this.request(message);
  }

  /** The exact bytes of actions.manifest.json. Throws when the server refuses. */
  async manifest() {
    const response = await this.request({ method: 'manifest' });
    if (!response.ok) throw new ActioncServeError(`actionc serve: manifest failed: ${response.error ?? 'unknown error'}`, { response });
    return response.manifest;
  }

  /** The file was deleted: its facts leave the project. */
  async forget(path) {
    const response = await this.request({ method: 'forget', path });
    if (!response.ok) throw new ActioncServeError(`actionc serve: forget failed: ${response.error ?? 'unknown error'}`, { response });
  }

  /**
   * Clean shutdown: sends `shutdown`, closes stdin, waits up to `timeout` ms for the
   * process to exit, then kills it. Requests still in flight are answered first (the
   * server answers in order). Idempotent.
   */
  async close({ timeout = 2000 } = {}) {
    if (this.closed) return this.exitPromise ? this.exitPromise : undefined;
    const child = this.child;
    if (!child) {
      this.closed = true;
      return undefined;
    }
    const exit = this.exitPromise;
    const inFlight = [...this.pending.values()].map(
      (entry) => new Promise((resolve) => {
        const { resolve: ok, reject: fail } = entry;
        entry.resolve = (value) => (ok(value), resolve());
        entry.reject = (error) => (fail(error), resolve());
      }),
    );
    this.closed = true;
    child.ref();
    try {
      child.stdin.write(JSON.stringify({ method: 'shutdown' }) + '\n');
      child.stdin.end();
    } catch {
      // already gone
    }
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    const result = await exit;
    clearTimeout(timer);
    await Promise.all(inFlight);
    return result;
  }
}
