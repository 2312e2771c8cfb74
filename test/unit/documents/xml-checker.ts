import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import JSZip from 'jszip';

/**
 * A strict XML 1.0 parser outside Node: Python's expat (Debian's /usr/bin/python3). It refuses what Word refuses:
 * U+FFFE/U+FFFF, C0 controls, character references to them, invalid UTF-8 and broken nesting. One Python process
 * serves a whole test file. Parts go to it in memory, a batch at a time: a line listing each part's name and length
 * in bytes, then the parts' bytes one after another; it answers with one line naming the parts that failed.
 */
const CHECKER = String.raw`
import json, sys, xml.parsers.expat
source = sys.stdin.buffer
for line in iter(source.readline, b''):
    failures = []
    parts = json.loads(line)
    for name, size in parts:
        data = source.read(size)
        parser = xml.parsers.expat.ParserCreate()
        try:
            parser.Parse(data, True)
        except Exception as e:
            failures.append([name, str(e)])
    print(json.dumps({'parts': len(parts), 'failures': failures}), flush=True)
`;

export type XmlVerdict = { parts: number; failures: [string, string][] };
export type XmlPart = { name: string; data: Uint8Array };

export class XmlChecker {
  private readonly python: ChildProcessWithoutNullStreams;
  private readonly replies: AsyncIterator<string>;

  constructor() {
    this.python = spawn('/usr/bin/python3', ['-u', '-c', CHECKER]);
    this.replies = createInterface({ input: this.python.stdout })[Symbol.asyncIterator]();
  }

  /** Checks every XML part of every .docx given; a part is named "<file name>/<path in the zip>". */
  async checkDocx(files: readonly XmlPart[]): Promise<XmlVerdict> {
    const parts: XmlPart[] = [];
    for (const file of files) {
      const zip = await JSZip.loadAsync(file.data);
      for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
        parts.push({ name: `${file.name}/${name}`, data: await entry.async('uint8array') });
      }
    }
    return this.checkParts(parts);
  }

  /** Checks each part as a whole XML document. */
  async checkParts(parts: readonly XmlPart[]): Promise<XmlVerdict> {
    const header = Buffer.from(`${JSON.stringify(parts.map((p) => [p.name, p.data.byteLength]))}\n`, 'utf8');
    if (!this.python.stdin.write(Buffer.concat([header, ...parts.map((p) => p.data)])))
      await once(this.python.stdin, 'drain');
    const reply = await this.replies.next();
    if (reply.done) throw new Error('The XML checker stopped.');
    return JSON.parse(reply.value) as XmlVerdict;
  }

  close(): void {
    this.python.stdin.end();
  }
}
