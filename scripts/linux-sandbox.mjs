/**
 * Electron on Linux isolates its windows with user namespaces. Where the kernel refuses them to
 * ordinary users (Ubuntu 23.10 and later: AppArmor's apparmor_restrict_unprivileged_userns = 1;
 * elsewhere unprivileged_userns_clone = 0 or max_user_namespaces = 0) it needs its SUID helper,
 * chrome-sandbox next to the executable, owned by root with mode 4755; otherwise Electron
 * stops at once ("The SUID sandbox helper binary was found, but is not configured correctly",
 * electron/electron#42510). An installed .deb sets this up itself (its AppArmor profile); a
 * clone's node_modules/electron does not. Plain Node: start.mjs runs before any build.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SANDBOX_HELPER = 'chrome-sandbox';

const SETUID_ROOT_MODE = 0o4755;

/** What the decision needs, read from this machine. */
export function linuxSandboxFacts(electronDir) {
  const read = (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  const helper = path.join(electronDir, SANDBOX_HELPER);
  const stat = fs.statSync(helper, { throwIfNoEntry: false });
  return {
    platform: process.platform,
    restrictUnprivilegedUserns: read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    unprivilegedUsernsClone: read('/proc/sys/kernel/unprivileged_userns_clone'),
    maxUserNamespaces: read('/proc/sys/user/max_user_namespaces'),
    helper,
    helperStat: stat ? { uid: stat.uid, mode: stat.mode } : null,
  };
}

/** A path as one shell word. */
const shellWord = (text) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/**
 * Null when Electron can isolate its windows here; otherwise why not, in Spanish, and the two
 * commands that fix it. A missing helper is left to Electron: its Linux download always has one.
 */
export function sandboxProblem(facts) {
  if (facts.platform !== 'linux' || !facts.helperStat) return null;
  const refused =
    facts.restrictUnprivilegedUserns?.trim() === '1' ||
    facts.unprivilegedUsernsClone?.trim() === '0' ||
    facts.maxUserNamespaces?.trim() === '0';
  if (!refused) return null;
  const { uid, mode } = facts.helperStat;
  if (uid === 0 && (mode & SETUID_ROOT_MODE) === SETUID_ROOT_MODE) return null;
  const helper = shellWord(facts.helper);
  return {
    reason: `este Linux no deja a Electron aislar su ventana sin su ayudante ${facts.helper}, que debe ser de root con permisos 4755`,
    commands: [`sudo chown root:root ${helper}`, `sudo chmod 4755 ${helper}`],
  };
}

/** The console lines that say how to get the desktop window back. */
export function sandboxAdvice(problem) {
  return [
    `La ventana de escritorio no puede abrir: ${problem.reason}.`,
    'Para usarla, ejecute una vez (y de nuevo si Electron se vuelve a descargar):',
    ...problem.commands.map((command) => `  ${command}`),
    'Mientras tanto, Ventanilla se abre en modo navegador.',
  ].join('\n');
}
