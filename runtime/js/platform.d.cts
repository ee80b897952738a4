// Types of actionc/platform (platform.cjs): where the native pieces of an installed actionc are.

/** `linux-x64-gnu`, `linux-arm64-musl`, `darwin-arm64`, …: names the platform package and the prebuilt addon. */
export function platformTriple(platform?: string, arch?: string): string;
/** `@actionc/<triple>`: the package holding the compiler binary for this machine. */
export function compilerPackage(triple?: string): string;
/** The installed compiler binary, or null when the platform package is not installed. */
export function packagedCompilerPath(): string | null;
/** Where this package keeps the Node addon for `triple`. */
export function packagedAddonPath(triple?: string): string;
