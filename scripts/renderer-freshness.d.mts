/** Types of scripts/renderer-freshness.mjs, for its test. */
export declare const RENDERER_OUTPUT: string;
export declare const RENDERER_SOURCES: readonly string[];
export declare function isStale(root: string, outputs: readonly string[], sourceFolders: readonly string[]): boolean;
export declare function rendererIsStale(root: string): boolean;
