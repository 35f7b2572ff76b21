/** Types of scripts/linux-sandbox.mjs, for its test. */
export interface SandboxFacts {
  platform: NodeJS.Platform;
  /** Contents of /proc/sys/kernel/apparmor_restrict_unprivileged_userns, null when absent. */
  restrictUnprivilegedUserns: string | null;
  /** Contents of /proc/sys/kernel/unprivileged_userns_clone, null when absent. */
  unprivilegedUsernsClone: string | null;
  /** Contents of /proc/sys/user/max_user_namespaces, null when absent. */
  maxUserNamespaces: string | null;
  /** node_modules/electron/dist/chrome-sandbox */
  helper: string;
  helperStat: { uid: number; mode: number } | null;
}
export interface SandboxProblem {
  /** Spanish. */
  reason: string;
  commands: string[];
}
export declare const SANDBOX_HELPER: string;
export declare function linuxSandboxFacts(electronDir: string): SandboxFacts;
export declare function sandboxProblem(facts: SandboxFacts): SandboxProblem | null;
export declare function sandboxAdvice(problem: SandboxProblem): string;
