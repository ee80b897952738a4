// Types of what the plugins share (core.js), re-exported by actionc-plugins.
import type { ActioncServe, ServeAction, ServeDiagnostic } from './serve-client.js';

export type Layer = 'client' | 'server';

/** Options every plugin accepts. */
export interface ActioncPluginOptions {
  /** The project root given to `actionc serve` (default: the bundler's root, else process.cwd()). */
  root?: string;
  /** The compiler binary (default: $ACTIONC_BIN, else the installed platform package, else `actionc` on PATH). */
  actionc?: string;
  /** --key-file; otherwise ACTIONC_ENCRYPTION_KEY is inherited. serve never generates a key. */
  keyFile?: string;
  /** The module client stubs import (default 'actionc/client'). */
  clientRuntime?: string;
  /** The module the server layer imports (default 'actionc/server'). */
  serverRuntime?: string;
  /** Drop actions no module imports (default: true for builds, false for dev servers and watch mode). */
  stripUnused?: boolean;
  /** Skip modules without the text `use server` (default true). */
  prefilter?: boolean;
  include?: (absolutePath: string) => boolean;
  exclude?: (absolutePath: string) => boolean;
  /** Crash restarts of serve (default 3). */
  maxRestarts?: number;
  /** Per-request timeout in ms (default: none). */
  requestTimeout?: number;
  /** List every stripped action in the build summary, not only the first few. */
  verbose?: boolean;
  /** Extra arguments for `actionc serve`. */
  serveArgs?: string[];
  /** Environment of the serve process (default process.env). */
  env?: Record<string, string | undefined>;
}

/** A serve diagnostic with the absolute file it is about. */
export interface Diagnostic extends ServeDiagnostic {
  file: string;
}

export type CompileResult =
  | { skipped: true }
  | { changed: false; warnings: Diagnostic[]; actions: ServeAction[] }
  | { changed: true; code: string; map: object | null; actions: ServeAction[]; warnings: Diagnostic[] }
  | { errors: Diagnostic[]; warnings: Diagnostic[] };

/** One `actionc serve` for one build, with the module filter and the prefilter. */
export class Compiler {
  constructor(options?: ActioncPluginOptions);
  readonly root: string;
  setRoot(root: string): void;
  server(): ActioncServe;
  /** Root-relative path with `/`, or null when the module is not actionc's business. */
  relativePath(id: string): string | null;
  transform(source: string, id: string, layer: Layer): Promise<CompileResult>;
  forget(id: string): Promise<void>;
  manifest(): Promise<string>;
  close(): Promise<void>;
}

export const MANIFEST_FILE: 'actions.manifest.json';

/** A bundler module id without query and hash; null for virtual modules. */
export function cleanId(id: string): string | null;

/** esbuild's loader for a file, by extension. */
export function loaderFor(file: string): 'ts' | 'tsx' | 'jsx';

/** A Rollup/Vite log object for a diagnostic: `loc` line and column 1-based, as the CLI prints them. */
export function toRollupLog(
  diagnostic: Diagnostic,
  extra?: Record<string, unknown>,
): {
  message: string;
  id: string;
  loc: { file: string; line: number; column: number };
  frame?: string;
  pluginCode?: string;
  [key: string]: unknown;
};
