// Type-checked by `tsc -b` (tsconfig.node.json): a webpack 5 consumer of
// actionc-plugins/webpack and its loader, typed by webpack's own declarations.
import type { Compilation, Configuration, LoaderContext } from 'webpack'
import {
  ActioncWebpackPlugin,
  REACT_SERVER_MANIFEST_FILE,
  reactServerManifest,
  type ReactServerManifest,
} from 'actionc-plugins/webpack'
import actioncLoader, { type ActioncWebpackLoaderOptions } from 'actionc-plugins/webpack-loader'

const loaderOptions = { layer: 'server' } satisfies ActioncWebpackLoaderOptions

export const configs: Configuration[] = [
  { name: 'client', target: 'web', plugins: [new ActioncWebpackPlugin()] },
  {
    name: 'rsc',
    target: 'node',
    resolve: { conditionNames: ['react-server', 'node', 'import'] },
    plugins: [new ActioncWebpackPlugin({ reactServerManifest: 'server-manifest.json', includeActions: true, keyFile: 'actionc.key' })],
  },
  { name: 'loader only', module: { rules: [{ test: /\.tsx?$/, loader: 'actionc-plugins/webpack-loader', options: loaderOptions }] } },
]

export const reactManifestFile: 'react-server-manifest.json' = REACT_SERVER_MANIFEST_FILE
// @ts-expect-error: React's manifest is not actionc's
export const actionsManifestFile: 'actions.manifest.json' = REACT_SERVER_MANIFEST_FILE

export function manifestOf(compilation: Compilation): ReactServerManifest {
  const manifest = reactServerManifest({ actions: [{ id: 'ID', module: 'app/actions.ts', export: 'save' }] }, compilation, '/app')
  const entry = manifest['ID']
  if (entry) {
    const moduleId: string | number = entry.id
    const exportName: string = entry.name
    void [moduleId, exportName]
  }
  return manifest
}

export function runLoader(this: LoaderContext<ActioncWebpackLoaderOptions>, source: string): void {
  actioncLoader.call(this, source)
}

// @ts-expect-error: a layer is 'client' or 'server'
new ActioncWebpackPlugin({ layer: 'edge' })
// @ts-expect-error: the React manifest option is a file name or false
new ActioncWebpackPlugin({ reactServerManifest: true })
// @ts-expect-error: apply takes webpack's compiler
new ActioncWebpackPlugin().apply({})
// @ts-expect-error: a loader runs with webpack's loader context as `this`
actioncLoader('export {}')
// @ts-expect-error: the manifest's module ids are webpack's
export const wrongId: boolean = reactServerManifest({}, {} as Compilation, '/')['ID']!.id
