// Types for build.mjs (plain JavaScript, so that it runs before anything is compiled).

/** Builds public/assets unless already built from these sources (or `force`); true when it built. */
export declare function ensureAssets(options?: { force?: boolean }): boolean
/** Compiles the server to dist/ unless already compiled from these sources; true when it compiled. */
export declare function ensureServer(): Promise<boolean>
