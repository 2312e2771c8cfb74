import type { DistributionLine, NamedRecipient } from '../audience/distribution';
import type { DistributedDocument } from '../model/audience';
import type { Participant } from '../model/conference';
import { distributedDocumentLabel } from '../wording/labels';
import { NONE_RECORDED, type DocumentContext } from './context';
import { recordLabel, type People } from './people';
import type { Block } from './types';

/**
 * Who receives what (agenda: distribution; issue #10, item 4). The list printed in the minute is made from the same
 * assignment of files to people that the export writes, so it says exactly which file each person is sent.
 */

export type SentFile = { document: DistributedDocument; fileName: string };

/** One person's line of the distribution list, with the files the export writes for them. */
export type DistributionRow = { line: DistributionLine; files: SentFile[] };

/**
 * The chair, the minute-taker or the team manager when they are not participants, with the files they are sent: the
 * copies every professional with nothing withheld receives.
 */
export type NamedRow = { recipient: NamedRecipient; files: SentFile[] };

/**
 * The professional minute: each person, the exact files they are sent, and why. Someone the reader may not know of
 * (ctx.people is the reader's) is left out of the list.
 */
export function professionalDistribution(
  ctx: DocumentContext,
  all: readonly DistributionRow[],
  named: readonly NamedRow[] = [],
): Block[] {
  const rows = all.filter((r) => ctx.people.knows(r.line.participant.id));
  if (!rows.length && !named.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  const sent = (files: readonly SentFile[]) =>
    files.length ? files.map((f) => `${distributedDocumentLabel[f.document]} (${f.fileName})`).join('; ') : 'Nothing';
  const annexWritten = all.some((r) => r.files.some((f) => f.document === 'restricted-annex'));
  const keptWith = ctx.conference.distribution.annexKeptWith.trim();
  // Where the restricted annex goes is said before the list rather than after it, so the minute ends with the list
  // (a closing line after a long table was left alone on the minute's last page).
  return [
    ...(annexWritten || keptWith
      ? [
          {
            kind: 'paragraph',
            text:
              'The restricted annex goes only to the professionals listed as receiving it' +
              (keptWith ? `, and a copy is kept with ${keptWith.replace(/^The\b/, 'the')}` : '') +
              '. It is never given to family members.',
          } as const,
        ]
      : []),
    {
      kind: 'table',
      columns: [
        { title: 'Name', width: 30 },
        { title: 'Receives', width: 42 },
        { title: 'Why', width: 28 },
      ],
      rows: [
        ...rows.map(({ line, files }) => [recordLabel(line.participant), sent(files), line.why]),
        ...named.map(({ recipient, files }) => [
          `${recipient.name.trim()} (${recipient.role})`,
          sent(files),
          recipient.why,
        ]),
      ],
    },
  ];
}

/**
 * A family member's copy of the minutes: who is sent which document, without file names or the reasons (a reason can
 * be about someone else), and without anyone the reader may not know of.
 */
export function familyDistribution(
  rows: readonly DistributionRow[],
  reader: Participant | undefined,
  people: People,
): Block[] {
  const sent = rows.flatMap(({ line, files }) => {
    if (!people.knows(line.participant.id)) return [];
    const kinds = [...new Set(files.map((f) => f.document))].filter((d) => d !== 'restricted-annex');
    if (!kinds.length) return [];
    const who = recordLabel(line.participant);
    const what = kinds
      .map((d, i) => (i ? distributedDocumentLabel[d].toLowerCase() : distributedDocumentLabel[d]))
      .join(', ');
    return [[line.participant.id === reader?.id ? `${who} (you)` : who, what]];
  });
  if (!sent.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  return [
    {
      kind: 'table',
      columns: [
        { title: 'Name', width: 50 },
        { title: 'Is sent', width: 50 },
      ],
      rows: sent,
    },
  ];
}

/**
 * The restricted annex goes to the professionals the chair names, and is kept with the record. Every copy lists
 * everyone sent one, less anyone this copy's reader may not know of (ctx.people is the reader's).
 */
export function annexDistribution(ctx: DocumentContext, recipients: readonly Participant[]): Block[] {
  const keptWith = ctx.conference.distribution.annexKeptWith.trim();
  const rows = [
    ...recipients
      .filter((p) => ctx.people.knows(p.id))
      .map((p) => [recordLabel(p), 'Restricted annex (keep separately from the minutes)']),
    ...(keptWith ? [[keptWith, 'Kept on file']] : []),
  ];
  return rows.length
    ? [
        {
          kind: 'table',
          columns: [
            { title: 'Name', width: 60 },
            { title: 'Receives', width: 40 },
          ],
          rows,
        },
      ]
    : [{ kind: 'paragraph', text: 'No professional is set to receive this annex yet; the chair decides who does.' }];
}
