/**
 * The number the test page of a workstation prints and archives under: "PRUEBA-VENTANILLA-01".
 * Document numbers name files, so only A–Z, digits and dashes, at most 40 characters.
 */
export function testPageNumber(workstation: string): string {
  const name = workstation
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `PRUEBA-${name || 'EQUIPO'}`.slice(0, 40).replace(/-+$/, '');
}
