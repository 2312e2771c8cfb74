import { Packer, type File } from 'docx';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateOnPool = promisify(deflateRaw);

/**
 * A Word document's bytes: docx writes its parts (the XML and any pictures), and the zip around them is made here with
 * Node's own zlib, not docx's zipper.
 *
 * Why: docx zips with fflate, DEFLATE written in JavaScript. On the largest distribution set (nine documents, a 76-page
 * minute, 1.75 MB of XML) fflate took 36 ms where zlib, native code, took 11 ms at the same level; packing the set went
 * from 115 ms to 88 ms. yazl, the zip library that uses zlib, was tried and gave back only 8 ms of the 27: it hands every
 * part, however small, to the thread pool and works out the CRC in JavaScript. What is zipped is exactly docx's parts,
 * in docx's order (test/unit/documents/docx-zip.test.ts compares them).
 *
 * docx does not export the step that writes the parts without zipping them; `Packer` keeps it on a private static,
 * `compiler`, that `Packer.pack` calls. That is read here and nowhere else. Should a later docx drop it, the document
 * is packed by `Packer.toBuffer` as before (slower, never wrong), and the test that `docxPartsReachable` is true fails,
 * so the change is seen before a release.
 */
export function packDocx(document: File): Promise<Buffer> {
  const compiler = partsCompiler();
  if (!compiler) return Packer.toBuffer(document);
  // docx writes the parts now, before this returns; a failure there is thrown here, not later.
  return zipOf(compiler.compile(document));
}

/** Whether docx's parts can be had without its zipper (see packDocx). */
export function docxPartsReachable(): boolean {
  return partsCompiler() !== undefined;
}

type PartsCompiler = { compile(file: File): Map<string, string | Uint8Array> };

function partsCompiler(): PartsCompiler | undefined {
  const compiler: unknown = (Packer as unknown as { compiler?: unknown }).compiler;
  const compile = (compiler as { compile?: unknown } | undefined)?.compile;
  return typeof compile === 'function' ? (compiler as PartsCompiler) : undefined;
}

/** The level docx (fflate's default) and Word use: the files come out the size they always were. */
const LEVEL = 6;
const UTF8_NAMES = 0x0800; // general purpose flag bit 11: the names are UTF-8
const DEFLATE = 8;
const VERSION = 20; // 2.0: DEFLATE, no ZIP64
// Sizes and offsets must stay below these: at them, a reader takes the zip to be ZIP64, which this one is not.
const LIMIT = 0xffff_ffff;
const MOST_PARTS = 0xffff;

/**
 * Parts this large are compressed on Node's thread pool, the rest at once: a long minute's text (a megabyte) takes a
 * few milliseconds to compress, which the main process spends writing the next document's parts instead (see
 * packDocuments); the small parts cost less to compress than to hand over.
 */
const ON_THE_THREAD_POOL = 64 * 1024;

/**
 * A zip file of the given parts, each DEFLATE-compressed, in the order given: local headers with the sizes and CRC in
 * them (no data descriptors), the central directory, its end record (PKWARE's APPNOTE 4.3). The small parts are
 * compressed before this returns and the large ones on the thread pool (ON_THE_THREAD_POOL).
 */
export function zipOf(parts: ReadonlyMap<string, string | Uint8Array>): Promise<Buffer> {
  if (parts.size >= MOST_PARTS) throw new Error(`A document cannot have ${parts.size} parts; a zip holds 65,534.`);
  const onPool: Promise<Buffer>[] = [];
  try {
    const compressed = [...parts].map(([path, content]) => {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let packed: Buffer | Promise<Buffer>;
      if (data.byteLength >= ON_THE_THREAD_POOL) onPool.push((packed = deflateOnPool(data, { level: LEVEL })));
      else packed = deflateRawSync(data, { level: LEVEL });
      return { path, data, crc: crc32(data), packed };
    });
    return Promise.all(compressed.map(async (part) => ({ ...part, packed: await part.packed }))).then(container);
  } catch (e) {
    // A part that fails here fails the document at once; what is already on the pool is let go, not left unheard.
    for (const pending of onPool) pending.catch(() => undefined);
    throw e;
  }
}

/** The zip around parts already compressed. */
function container(parts: ReadonlyArray<{ path: string; data: Uint8Array; crc: number; packed: Uint8Array }>): Buffer {
  const { time, date } = dosTime(new Date());
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { path, data, crc, packed } of parts) {
    const name = Buffer.from(path, 'utf8');
    if (data.byteLength >= LIMIT || packed.byteLength >= LIMIT || offset >= LIMIT) {
      throw new Error(`${path} is too large for a Word document.`);
    }

    // The fields a part's local header and its entry in the directory share, in the same order: from "version needed"
    // to the name's length, at 4 in the one and 6 in the other.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(VERSION, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(DEFLATE, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.byteLength, at + 14);
      header.writeUInt32LE(data.byteLength, at + 18);
      header.writeUInt16LE(name.byteLength, at + 22);
      return header;
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4); // then at 28, no extra field

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes (none set), as Word's own files
    shared(central, 6); // then at 30 extra, 32 comment, 34 disk, 36 internal and 38 external attributes: all zero
    central.writeUInt32LE(offset, 42);

    chunks.push(local, name, packed);
    directory.push(central, name);
    offset += local.byteLength + name.byteLength + packed.byteLength;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  if (offset >= LIMIT || directorySize >= LIMIT) throw new Error('The document is too large for a Word document.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // 4 and 6: this disk and the directory's, both 0
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** A zip's MS-DOS time and date: local time, two-second steps, years from 1980. */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getFullYear(), 1980), 2107); // seven bits of years
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}
