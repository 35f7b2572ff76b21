#!/usr/bin/env node
/**
 * Draws build/icon.png (512×512): a white water drop on the blue-to-teal tile of the login
 * screen. Plain Node (zlib) so the icon can be regenerated anywhere: node build/make-icon.mjs
 * electron-builder derives the Windows .ico, macOS .icns and Linux sizes from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The tile: a rounded square.
const MARGIN = 24;
const RADIUS = 96;
function inTile(x, y) {
  const lo = MARGIN + RADIUS;
  const hi = SIZE - MARGIN - RADIUS;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= MARGIN && x <= SIZE - MARGIN && y >= MARGIN && y <= SIZE - MARGIN && dx * dx + dy * dy <= RADIUS * RADIUS;
}

// The drop: a circle plus the cone from its tip to the tangent points.
const TIP = { x: 256, y: 92 };
const CENTER = { x: 256, y: 316 };
const R = 128;
const D = CENTER.y - TIP.y;
const HALF_ANGLE = Math.asin(R / D);
const TANGENT_Y = TIP.y + (D * D - R * R) / D;
function inDrop(x, y) {
  const cx = x - CENTER.x;
  const cy = y - CENTER.y;
  if (cx * cx + cy * cy <= R * R) return true;
  if (y < TIP.y || y > TANGENT_Y) return false;
  return Math.abs(Math.atan2(x - TIP.x, y - TIP.y)) <= HALF_ANGLE;
}

// A highlight inside the drop: an arc with round ends, lower left, like the login screen's drop.
const ARC = { radius: 88, half: 9, from: (105 * Math.PI) / 180, to: (160 * Math.PI) / 180 };
function inHighlight(x, y) {
  const dx = x - CENTER.x;
  const dy = y - CENTER.y;
  const angle = Math.atan2(dy, dx);
  if (angle >= ARC.from && angle <= ARC.to && Math.abs(Math.hypot(dx, dy) - ARC.radius) <= ARC.half) return true;
  return [ARC.from, ARC.to].some((a) => Math.hypot(dx - ARC.radius * Math.cos(a), dy - ARC.radius * Math.sin(a)) <= ARC.half);
}

const BLUE = [11, 79, 108];
const TEAL = [0, 137, 123];
const WHITE = [255, 255, 255];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let tile = 0;
    let drop = 0;
    let shine = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        if (!inTile(x, y)) continue;
        tile++;
        if (inHighlight(x, y)) shine++;
        else if (inDrop(x, y)) drop++;
      }
    }
    const n = SAMPLES * SAMPLES;
    const t = (px + py) / (2 * SIZE);
    const background = BLUE.map((c, i) => c + (TEAL[i] - c) * t);
    const dropShare = tile ? drop / tile : 0;
    const shineShare = tile ? shine / tile : 0;
    const color = background.map((c, i) => c * (1 - dropShare) + WHITE[i] * dropShare);
    // The highlight is the background colour seen through the drop.
    const mixed = color.map((c, i) => c * (1 - shineShare) + background[i] * shineShare);
    const o = (py * SIZE + px) * 4;
    pixels[o] = Math.round(mixed[0]);
    pixels[o + 1] = Math.round(mixed[1]);
    pixels[o + 2] = Math.round(mixed[2]);
    pixels[o + 3] = Math.round((tile / n) * 255);
  }
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, encodePng(pixels, SIZE, SIZE));
console.log(`Ícono escrito: ${path.relative(process.cwd(), out)}`);
