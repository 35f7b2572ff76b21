import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, login, openScreen, test } from './fixtures';

// The restore replaces this worker's office: it gets an office of its own.
test.use({ officeOptions: { demo: true, subscribers: 120 } });

const PASSPHRASE = 'Copias de la oficina de Florencia';

test('el administrador configura las copias, hace una, cambia datos, restaura e ingresa de nuevo a la oficina como era', async ({
  page,
  shot,
}) => {
  test.setTimeout(300_000);
  // The "external drive".
  const drive = mkdtempSync(path.join(tmpdir(), 'ventanilla-unidad-'));
  try {
    await login(page, 'admin');
    await expect(page.getByRole('region', { name: 'Aviso de copias de seguridad' })).toContainText(
      'La oficina no tiene ninguna copia de seguridad buena.',
    );
    await openScreen(page, 'ADMINISTRACIÓN', 'Copias de seguridad');

    const settings = page.getByRole('form', { name: 'Destino y horario de las copias' });
    await settings.getByLabel('Carpeta de destino').fill(path.join(drive, 'no-conectada'));
    await settings.getByRole('button', { name: 'GUARDAR' }).click();
    await expect(settings.getByText(/Carpeta de destino: no existe o no se puede abrir/)).toBeVisible();
    await settings.getByLabel('Carpeta de destino').fill(drive);
    await settings.getByRole('button', { name: 'GUARDAR' }).click();
    await expect(settings.getByText('Configuración de las copias guardada.')).toBeVisible();

    const secret = page.getByRole('form', { name: 'Frase de contraseña de las copias' });
    await secret.getByLabel('Frase de contraseña').fill(PASSPHRASE);
    await secret.getByLabel('Confirmación').fill(`${PASSPHRASE}!`);
    await secret.getByRole('button', { name: 'GUARDAR FRASE' }).click();
    await expect(secret.getByText('Confirmación: no coincide con la frase de contraseña')).toBeVisible();
    await secret.getByLabel('Confirmación').fill(PASSPHRASE);
    await secret.getByRole('button', { name: 'GUARDAR FRASE' }).click();
    await expect(secret.getByText(/^Frase guardada/)).toBeVisible();

    await page.getByRole('button', { name: 'COPIA AHORA' }).click();
    const made = page.getByRole('status').filter({ hasText: 'Copia hecha y verificada' });
    await expect(made).toBeVisible({ timeout: 30_000 });
    const fileName = /ventanilla-[0-9T-]+Z\.copia/.exec((await made.textContent()) ?? '')![0];
    expect(readdirSync(drive)).toContain(fileName);
    await expect(page.getByRole('table', { name: 'Copias recientes' })).toContainText('Buena');
    await shot('90-copias-de-seguridad');

    // After the backup: a new user.
    await openScreen(page, 'ADMINISTRACIÓN', 'Usuarios');
    await page.getByRole('button', { name: 'NUEVO USUARIO' }).click();
    const form = page.getByRole('form', { name: 'Nuevo usuario' });
    await form.getByLabel('Usuario').fill('despuesdelacopia');
    await form.getByLabel('Nombre completo').fill('Usuaria Posterior');
    await form.getByLabel('Cédula').fill('40999888');
    await form.getByLabel('Rol').selectOption('CAJERO');
    await form.getByLabel('Contraseña inicial').fill('Macondo-Rio-771');
    await form.getByLabel('Contraseña inicial').press('Enter');
    await expect(page.getByRole('table', { name: 'Usuarios' })).toContainText('despuesdelacopia');

    await openScreen(page, 'ADMINISTRACIÓN', 'Copias de seguridad');
    await page.getByRole('button', { name: `Restaurar ${fileName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Restaurar ${fileName}` });
    await dialog.getByLabel('Frase de contraseña de la copia').fill('una frase equivocada');
    await dialog.getByRole('button', { name: 'VERIFICAR' }).click();
    await expect(dialog.getByText(/^La frase de contraseña no es la de esta copia/).first()).toBeVisible();
    await dialog.getByLabel('Frase de contraseña de la copia').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'VERIFICAR' }).click();
    const contents = dialog.getByRole('region', { name: 'Contenido de la copia' });
    await expect(contents).toContainText('Suscriptores');
    await shot('91-restaurar-copia');
    await dialog.getByRole('button', { name: 'RESTAURAR' }).click();

    // The office reopened on the restored database, where every session ended: back to the login, saying why.
    await expect(page.getByRole('form', { name: 'Ingresar' }).getByRole('alert')).toHaveText(
      'Se restauró una copia de seguridad de la base de datos. Ingrese de nuevo con su usuario y contraseña.',
      { timeout: 30_000 },
    );
    await login(page, 'admin');
    await expect(page.getByRole('table', { name: 'Usuarios' })).toContainText('asesor');
    await expect(page.getByRole('table', { name: 'Usuarios' })).not.toContainText('despuesdelacopia');
    await openScreen(page, 'ADMINISTRACIÓN', 'Copias de seguridad');
    const history = page.getByRole('table', { name: 'Copias recientes' });
    await expect(history).toContainText('Restauración · admin');
    await expect(history).toContainText('La base de datos anterior se guardó en');
  } finally {
    rmSync(drive, { recursive: true, force: true });
  }
});
