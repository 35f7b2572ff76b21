/** Types of scripts/setup.mjs, for TypeScript callers (e2e specs, tests). */
export interface ElectronStatus {
  available: boolean;
  /** Spanish, e.g. "no se pudo descargar su binario: …". */
  reason: string;
}
export declare const ROOT: string;
export declare const ELECTRON_SQLITE_DIR: string;
export declare function electronVersion(): string | null;
export declare function electronBinary(): string | null;
export declare function electronStatus(): ElectronStatus;
export declare function electronNativeBinding(): string | null;
export declare const DOWNLOAD_TIMEOUT_ENV: string;
export declare const RETRY_COMMAND: string;
export declare function downloadTimeoutSeconds(env?: NodeJS.ProcessEnv): number;
export declare function downloadFailedMessage(detail: string, seconds: number): string;
export declare function setup(options?: { log?: (message: string) => void; retry?: boolean }): {
  electron: ElectronStatus;
  nativeBinding: string | null;
};
