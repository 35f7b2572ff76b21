import { describe, expect, it } from 'vitest';
import { logo } from '../../../../../electron/core/contract/company.contract';
import { readLogo } from './read-logo';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('readLogo', () => {
  it('turns a PNG or a JPEG into a data URL the contract accepts, judged by content', async () => {
    const png = await readLogo(new File([new Uint8Array([...PNG_HEADER, 1, 2, 3])], 'logo.png', { type: 'image/png' }));
    expect(png).toEqual({ ok: true, dataUrl: 'data:image/png;base64,iVBORw0KGgoBAgM=' });
    expect(png.ok && logo.safeParse(png.dataUrl).success).toBe(true);

    const jpeg = await readLogo(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'LOGO.JPG', { type: '' }));
    expect(jpeg.ok && jpeg.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('refuses other files and files over 200 KB with a Spanish message', async () => {
    const gif = new File(['GIF89a....'], 'logo.png', { type: 'image/png' });
    expect(await readLogo(gif)).toEqual({ ok: false, message: 'Logo: debe ser una imagen PNG o JPG' });
    const big = new File([new Uint8Array([...PNG_HEADER, ...new Uint8Array(250 * 1024)])], 'logo.png', { type: 'image/png' });
    expect(await readLogo(big)).toEqual({ ok: false, message: 'Logo: máximo 200 KB; este archivo pesa 251 KB' });
  });

  it('encodes a logo right at the limit without running out of stack', async () => {
    const bytes = new Uint8Array(200 * 1024);
    bytes.set(PNG_HEADER);
    const read = await readLogo(new File([bytes], 'logo.png'));
    expect(read.ok && logo.safeParse(read.dataUrl).success).toBe(true);
  });
});
