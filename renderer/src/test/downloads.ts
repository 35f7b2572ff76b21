import { vi } from 'vitest';

/**
 * Catches the files a screen hands the user (components/download.ts): their names and
 * contents, nothing saved. Restore with vi.restoreAllMocks().
 */
export function captureDownloads() {
  const names: string[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  /** The text of the i-th file, its byte order mark kept. */
  const text = async (i: number) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[i]!.arrayBuffer());
  return { names, blobs, text };
}
