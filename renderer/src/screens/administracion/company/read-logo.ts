import { LOGO_MAX_BYTES } from '../../../../../electron/core/contract/company.contract';

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; message: string };

/** What the first bytes of a PNG or a JPEG are, whatever the file's name says. */
const SIGNATURES: readonly { mime: 'image/png' | 'image/jpeg'; bytes: readonly number[] }[] = [
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

const kb = (bytes: number) => Math.ceil(bytes / 1024);

function base64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * A logo file as the data URL the company profile stores, or the reason it is refused:
 * only PNG or JPG (checked by content) of at most 200 KB, so every printed page stays light.
 */
export async function readLogo(file: File): Promise<LogoRead> {
  if (file.size > LOGO_MAX_BYTES) {
    return { ok: false, message: `Logo: máximo ${kb(LOGO_MAX_BYTES)} KB; este archivo pesa ${kb(file.size)} KB` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (!kind) return { ok: false, message: 'Logo: debe ser una imagen PNG o JPG' };
  return { ok: true, dataUrl: `data:${kind.mime};base64,${base64(bytes)}` };
}
