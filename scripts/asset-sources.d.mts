// Types for asset-sources.mjs (plain JavaScript, so that it runs without compiling TypeScript).

/** The file beside the manifest that records which sources the built assets came from. */
export declare const SOURCES_STAMP: string
/** Every file under `folder` (none when it does not exist). */
export declare function filesUnder(folder: string): string[]
/** One digest of the names and contents of `files` (absolute paths; those missing are left out). */
export declare function digestOf(root: string, files: string[]): string
/** One digest of everything the asset build reads. */
export declare function sourcesDigest(root: string): string
/** True when the stamp matches the sources and every file the manifest names is there. */
export declare function assetsUpToDate(out: string, digest: string): boolean
