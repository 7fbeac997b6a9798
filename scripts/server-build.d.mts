// Types for server-build.mjs (plain JavaScript, so that it runs before anything is compiled).

/** The file in the output folder that records which sources it was compiled from. */
export declare const SERVER_STAMP: string
/** The TypeScript files to compile, under `root`/src. */
export declare function serverSources(root: string): string[]
/** One digest of everything the compiled server depends on. */
export declare function serverDigest(root: string): string
/** Compiles `root`/src to `outDir` (default `root`/dist) unless already compiled from the same sources; true when it compiled. */
export declare function buildServer(root: string, outDir?: string): Promise<boolean>
