// TypeScript and JSX for webpack through esbuild's transform (this app's only compile step
// besides actionc's loader, which runs before it as a `pre` loader).
const esbuild = require('esbuild');

module.exports = function tsxLoader(source) {
  const { code } = esbuild.transformSync(source, {
    loader: this.resourcePath.endsWith('.tsx') ? 'tsx' : 'ts',
    jsx: 'automatic',
    format: 'esm',
    target: 'es2022',
    sourcefile: this.resourcePath,
  });
  return code;
};
