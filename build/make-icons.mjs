// Renders build/icon.svg into every icon file the installers need, so no platform falls back to Electron's icon
// and electron-builder needs no conversion tool: icon.png (1024, macOS/Linux source), icons/NxN.png (Linux),
// icon.ico (Windows: PNG images in an ICO container) and icon.icns (macOS: PNG images in an ICNS container).
// Run: node build/make-icons.mjs   (needs playwright-core and Chromium at /usr/bin/chromium)
import { Buffer } from 'node:buffer';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const svg = await readFile(join(here, 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const png = new Map();
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `) +
        `</body></html>`,
    );
    png.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
  }
} finally {
  await browser.close();
}

await mkdir(join(here, 'icons'), { recursive: true });
await writeFile(join(here, 'icon.png'), png.get(1024));
for (const size of sizes.filter((s) => s <= 512))
  await writeFile(join(here, 'icons', `${size}x${size}.png`), png.get(size));

// ICO: a 6-byte header, a 16-byte entry per image, then the PNG data (Windows Vista and later read PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const data = png.get(size);
  const at = 6 + 16 * i;
  header.writeUInt8(size === 256 ? 0 : size, at); // 0 means 256
  header.writeUInt8(size === 256 ? 0 : size, at + 1);
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(data.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += data.length;
});
await writeFile(join(here, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => png.get(s))]));

// ICNS: 'icns' + total length, then per image a 4-letter type, its length (including this 8-byte head) and PNG data.
const icnsTypes = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];
const chunks = icnsTypes.map(([type, size]) => {
  const data = png.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
await writeFile(join(here, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
