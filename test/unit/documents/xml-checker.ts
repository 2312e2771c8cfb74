import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import JSZip from 'jszip';

/**
 * A strict XML 1.0 parser outside Node: Python's expat (Debian's /usr/bin/python3). It refuses what Word refuses:
 * U+FFFE/U+FFFF, C0 controls, character references to them, invalid UTF-8 and broken nesting. One Python process
 * serves a whole test file; each request names a folder of extracted parts and gets back the parts that failed.
 */
const CHECKER = String.raw`
import json, os, sys, xml.parsers.expat
for line in sys.stdin:
    folder = json.loads(line)
    failures = []
    count = 0
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            count += 1
            parser = xml.parsers.expat.ParserCreate()
            try:
                with open(path, 'rb') as f:
                    parser.Parse(f.read(), True)
            except Exception as e:
                failures.append([os.path.relpath(path, folder), str(e)])
    print(json.dumps({'parts': count, 'failures': failures}), flush=True)
`;

export type XmlVerdict = { parts: number; failures: [string, string][] };

export class XmlChecker {
  private readonly python: ChildProcessWithoutNullStreams;
  private readonly replies: AsyncIterator<string>;

  constructor() {
    this.python = spawn('/usr/bin/python3', ['-u', '-c', CHECKER]);
    this.replies = createInterface({ input: this.python.stdout })[Symbol.asyncIterator]();
  }

  /** Checks every XML part of every .docx given. */
  async checkDocx(files: readonly { name: string; data: Uint8Array }[]): Promise<XmlVerdict> {
    const folder = await mkdtemp(join(tmpdir(), 'cp-xml-'));
    try {
      for (const file of files) {
        const zip = await JSZip.loadAsync(file.data);
        for (const [name, entry] of Object.entries(zip.files)) {
          if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
          const target = join(folder, file.name, name);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, await entry.async('uint8array'));
        }
      }
      return await this.checkFolder(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Checks every file in a folder as XML. */
  async checkFolder(folder: string): Promise<XmlVerdict> {
    this.python.stdin.write(`${JSON.stringify(folder)}\n`);
    const reply = await this.replies.next();
    if (reply.done) throw new Error('The XML checker stopped.');
    return JSON.parse(reply.value) as XmlVerdict;
  }

  close(): void {
    this.python.stdin.end();
  }
}
