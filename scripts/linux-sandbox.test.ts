import { describe, expect, it } from 'vitest';
import { type SandboxFacts, sandboxAdvice, sandboxProblem } from './linux-sandbox.mjs';

const helper = '/home/caja/ventanilla/node_modules/electron/dist/chrome-sandbox';
/** Ubuntu 24.04 with a fresh clone: namespaces refused, the helper as npm left it. */
const ubuntu: SandboxFacts = {
  platform: 'linux',
  restrictUnprivilegedUserns: '1\n',
  unprivilegedUsernsClone: null,
  maxUserNamespaces: '63422\n',
  helper,
  helperStat: { uid: 1000, mode: 0o100755 },
};

describe('whether Electron can isolate its window on this Linux', () => {
  it('says why not and the two commands that fix it, where the kernel refuses namespaces and the helper is not setuid root', () => {
    const problem = sandboxProblem(ubuntu);
    expect(problem?.commands).toEqual([`sudo chown root:root ${helper}`, `sudo chmod 4755 ${helper}`]);
    expect(problem?.reason).toContain('chrome-sandbox, que debe ser de root con permisos 4755');
    expect(sandboxAdvice(problem!)).toBe(
      [
        `La ventana de escritorio no puede abrir: ${problem!.reason}.`,
        'Para usarla, ejecute una vez (y de nuevo si Electron se vuelve a descargar):',
        `  sudo chown root:root ${helper}`,
        `  sudo chmod 4755 ${helper}`,
        'Mientras tanto, Ventanilla se abre en modo navegador.',
      ].join('\n'),
    );
    // Root-owned but not setuid, or setuid but not root's: still refused.
    expect(sandboxProblem({ ...ubuntu, helperStat: { uid: 0, mode: 0o100755 } })).not.toBeNull();
    expect(sandboxProblem({ ...ubuntu, helperStat: { uid: 1000, mode: 0o104755 } })).not.toBeNull();
  });

  it('finds nothing once the helper is root-owned with mode 4755', () => {
    expect(sandboxProblem({ ...ubuntu, helperStat: { uid: 0, mode: 0o104755 } })).toBeNull();
  });

  it('finds nothing where the kernel lets Electron use namespaces, or off Linux', () => {
    expect(sandboxProblem({ ...ubuntu, restrictUnprivilegedUserns: '0\n' })).toBeNull();
    // Debian 12: no AppArmor restriction file.
    expect(sandboxProblem({ ...ubuntu, restrictUnprivilegedUserns: null })).toBeNull();
    expect(sandboxProblem({ ...ubuntu, platform: 'win32' })).toBeNull();
  });

  it('knows the other switches that refuse namespaces', () => {
    const none = { ...ubuntu, restrictUnprivilegedUserns: null };
    expect(sandboxProblem({ ...none, unprivilegedUsernsClone: '0\n' })).not.toBeNull();
    expect(sandboxProblem({ ...none, maxUserNamespaces: '0\n' })).not.toBeNull();
  });

  it('quotes a folder with spaces so the commands can be pasted', () => {
    const spaced = "/home/caja/Mis Documentos/l'agua/node_modules/electron/dist/chrome-sandbox";
    expect(sandboxProblem({ ...ubuntu, helper: spaced })?.commands[1]).toBe(
      `sudo chmod 4755 '/home/caja/Mis Documentos/l'\\''agua/node_modules/electron/dist/chrome-sandbox'`,
    );
  });
});
