import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildDocuments } from '@shared/documents';
import type { DistributedView, DocumentOptions } from '@shared/documents';
import type { Conference } from '@shared/model/conference';
import type { OrganisationSettings } from '@shared/model/settings';

/** Every part of a .docx (XML and relationships) as text, by its path in the zip. */
export async function docxParts(data: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    parts.set(name, await entry.async('string'));
  }
  return parts;
}

/** The body text as Word shows it, read back with mammoth (paragraphs separated by blank lines). */
export async function docxText(data: Buffer | Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) });
  return value;
}

/** Body text with runs of whitespace folded, so assertions do not depend on where a line wrapped. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The text of an XML part with the tags removed (headers, footers, properties). */
export function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export type ReadBack = { name: string; data: Buffer; text: string; parts: Map<string, string>; everything: string };

/** A written document read back: body text, every part, and all of it together (for canary hunts). */
export async function readBack(folder: string, name: string): Promise<ReadBack> {
  const data = await readFile(join(folder, name));
  const text = folded(await docxText(data));
  const parts = await docxParts(data);
  const everything = [text, ...[...parts.values()].map((xml) => folded(xmlText(xml))), ...parts.values()].join('\n');
  return { name, data, text, parts, everything };
}

export type ReadBackDocument = ReadBack & { view: DistributedView };

/**
 * The whole distribution set, built and packed as the export packs it and read back from the .docx bytes, by file
 * name (without the leak guard, which export.ts applies before writing: these tests are about what each copy holds).
 */
export async function readBackSet(
  conference: Conference,
  settings: OrganisationSettings,
  options: DocumentOptions & { today?: string } = {},
): Promise<Map<string, ReadBackDocument>> {
  const out = new Map<string, ReadBackDocument>();
  for (const { view, document } of buildDocuments(conference, settings, options)) {
    const data = await Packer.toBuffer(document);
    const text = folded(await docxText(data));
    const parts = await docxParts(data);
    const everything = [text, ...[...parts.values()].map((xml) => folded(xmlText(xml))), ...parts.values()].join('\n');
    out.set(view.fileName, { name: view.fileName, data, text, parts, everything, view });
  }
  return out;
}
