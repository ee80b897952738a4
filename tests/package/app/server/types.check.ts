// Type-checked by `tsc -b` (tsconfig.node.json, module nodenext): the declarations of
// every public entry point resolve through the packages' `exports` and are not `any`.
import actionc from 'actionc-plugins/vite'
import rollupPlugin from 'actionc-plugins/rollup'
import esbuildPlugin from 'actionc-plugins/esbuild'
import { ActioncServe, actioncBinary, type TransformResponse } from 'actionc-plugins/serve'
import { Compiler, MANIFEST_FILE } from 'actionc-plugins'
import { createServerReference, callServer } from 'actionc/client'
import { registerServerReference, parseBodySizeLimit } from 'actionc/server'
import { platformTriple, packagedCompilerPath } from 'actionc/platform'

export const plugins = [actionc({ verbose: true }), rollupPlugin({ layer: 'server' }), esbuildPlugin()]
export const binary: string = actioncBinary()
export const serve = new ActioncServe({ root: '.' })
export const compiler = new Compiler({ root: '.' })
export const manifestName: 'actions.manifest.json' = MANIFEST_FILE
export const stub = createServerReference<[string], string>('ID', callServer)
export const registered = registerServerReference(async (x: number) => x, 'ID', 'double')
export const limit: number = parseBodySizeLimit('1mb')
export const triple: string = platformTriple()
export const compilerPath: string | null = packagedCompilerPath()

export async function transformed(): Promise<TransformResponse> {
  return serve.transform({ path: 'src/actions.ts', layer: 'client' })
}

export async function calls(): Promise<string> {
  return stub('x')
}

// @ts-expect-error: a layer is 'client' or 'server'
actionc({ layer: 'edge' })
// @ts-expect-error: the root is required
new ActioncServe({})
// @ts-expect-error: registerServerReference takes a function
registerServerReference('not a function', 'ID')
