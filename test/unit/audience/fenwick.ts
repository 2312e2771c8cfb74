import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Audience } from '@shared/model/audience';
import { Conference } from '@shared/model/conference';

/**
 * The Fenwick fixture (test/fixtures/fenwick-initial.json): an invented English initial child protection conference
 * for Riley Fenwick (6) and his unborn brother or sister, Marlbridge Borough Council, Tue 9 March 2027. The father,
 * Dean Marsh, is on bail and may not contact the mother, Leanne Fenwick, who lives in a refuge: he took part on his
 * own by video (09:30 to 10:00) before she arrived with her mother, Pauline (a supporter without parental
 * responsibility). The police gave third-party intelligence in a closed session. Leanne's health (her alcohol
 * treatment, her antenatal care, her IDVA) is withheld from Dean.
 *
 * Every sensitive string carries a canary; test/fixtures/fenwick-canaries.json says where each may and may not
 * appear. Shared by the unit test of the fixture and the end-to-end test that records audiences through the screens.
 */

const Rule = z.enum(['must', 'may', 'never']);
export type Rule = z.infer<typeof Rule>;

/** The documents a family member can be sent (shared/model/audience.ts, DistributedDocument, less the annex). */
export const FAMILY_DOCUMENTS = ['decision-letter', 'family-plan', 'minutes'] as const;
export type FamilyDocument = (typeof FAMILY_DOCUMENTS)[number];

const FamilyRule = z.union([Rule, z.object({ 'decision-letter': Rule, 'family-plan': Rule, minutes: Rule }).strict()]);
export type FamilyRule = z.infer<typeof FamilyRule>;

const CanaryEntry = z
  .object({
    canary: z.string().min(6),
    ref: z.string(),
    about: z.string(),
    professionalMinute: Rule,
    restrictedAnnex: Rule,
    sharedScreen: z.enum(['may', 'never']),
    /**
     * Every child's letter. A letter is computed for the shared screen's reader (anyone may be shown it), so it may
     * hold nothing the shared screen may not, nor anything every family member's copies leave out, nor a child's
     * words that any family member's copies leave out.
     */
    childLetter: Rule,
    family: z.record(z.string(), FamilyRule),
  })
  .strict();
export type CanaryEntry = z.infer<typeof CanaryEntry>;

const Canaries = z
  .object({
    fixture: z.string(),
    about: z.string(),
    recordThroughScreens: z.array(z.object({ ref: z.string(), audience: Audience, why: z.string() }).strict()),
    canaries: z.array(CanaryEntry),
    namesNeverFor: z.array(
      z.object({ participantId: z.string(), strings: z.array(z.string().min(3)), why: z.string() }).strict(),
    ),
  })
  .strict();
export type Canaries = z.infer<typeof Canaries>;

const fixtureUrl = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

export const FENWICK_FIXTURE_PATH = fixtureUrl('fenwick-initial.json');

export function loadFenwickRaw(): unknown {
  return JSON.parse(readFileSync(FENWICK_FIXTURE_PATH, 'utf8')) as unknown;
}

export function loadFenwick(): Conference {
  return Conference.parse(loadFenwickRaw());
}

export function loadFenwickCanaries(): Canaries {
  return Canaries.parse(JSON.parse(readFileSync(fixtureUrl('fenwick-canaries.json'), 'utf8')));
}

/** The fixture as the chair leaves it once the audiences left to the end-to-end test are recorded. */
export function withScreensRecorded(conference: Conference, canaries: Canaries = loadFenwickCanaries()): Conference {
  const captures = { ...conference.captures };
  for (const { ref, audience } of canaries.recordThroughScreens) {
    captures[ref] = { ...captures[ref], audience };
  }
  return { ...conference, captures };
}

export const familyRule = (entry: CanaryEntry, participantId: string, document: FamilyDocument): Rule => {
  const rule = entry.family[participantId];
  if (rule === undefined) throw new Error(`${entry.canary} has no rule for ${participantId}`);
  return typeof rule === 'string' ? rule : rule[document];
};

/**
 * Whether a canary is kept from every child's letter whatever the file says: a letter is for anyone in the family, so
 * nothing off the shared screen and nothing that every family member's copies leave out may reach it. What a child
 * told us is also part of the record of the meeting: it reaches a letter only where every family member's copies may
 * hold it, so one family member's "never" keeps it out (child-letter.ts).
 */
export const keptFromChildLetters = (entry: CanaryEntry): boolean => {
  const rules = Object.values(entry.family);
  if (entry.sharedScreen === 'never' || rules.every((rule) => rule === 'never')) return true;
  return entry.ref.startsWith('childVoice:') && rules.some((rule) => rule === 'never');
};

/** A document as written for its recipients: what the canary rules are checked against. */
export type WrittenDocument = {
  fileName: string;
  /** minutes, family-plan, decision-letter, restricted-annex or child-letter. */
  document: FamilyDocument | 'restricted-annex' | 'child-letter';
  /** How the document was computed: the professional minute and letters, a family member's copy, the annex. */
  reading: 'professional' | 'family' | 'annex';
  recipientIds: readonly string[];
  text: string;
};

/**
 * Every breach of the canary rules in a written distribution set and, optionally, the shared-screen views: each
 * message names the canary, the reference of the text that carries it, the document and the recipient.
 */
export function canaryViolations(
  canaries: Canaries,
  written: readonly WrittenDocument[],
  sharedScreen?: readonly { name: string; text: string }[],
): string[] {
  const problems: string[] = [];
  const minute = written.find((d) => d.fileName === 'minute.docx');
  const annex = written.find((d) => d.fileName === 'restricted-annex.docx');
  if (!minute) problems.push('No minute.docx was written.');
  if (!annex) problems.push('No restricted-annex.docx was written.');
  for (const entry of canaries.canaries) {
    const what = `${entry.canary} (${entry.ref})`;
    const check = (rule: Rule, doc: WrittenDocument, whose: string) => {
      const found = doc.text.includes(entry.canary);
      if (rule === 'must' && !found) problems.push(`${what} is missing from ${doc.fileName} (${whose}).`);
      if (rule === 'never' && found) problems.push(`${what} leaked into ${doc.fileName} (${whose}).`);
    };
    if (minute) check(entry.professionalMinute, minute, 'the professional minute');
    if (annex) check(entry.restrictedAnnex, annex, 'the restricted annex');
    // Every child's letter, whoever receives it; a rule that would let one carry what it must not is itself wrong.
    if (entry.childLetter !== 'never' && keptFromChildLetters(entry)) {
      problems.push(`${what}: the rule for child letters must be "never", as anyone in the family may be shown one.`);
    }
    const childLetters = written.filter((d) => d.document === 'child-letter');
    if (entry.childLetter === 'must' && childLetters.length === 0) {
      problems.push(`${what} must be in every child’s letter, but none was written.`);
    }
    for (const doc of childLetters) check(entry.childLetter, doc, 'a child’s letter');
    for (const participantId of Object.keys(entry.family)) {
      const copies = written.filter((d) => d.recipientIds.includes(participantId));
      for (const document of FAMILY_DOCUMENTS) {
        const rule = familyRule(entry, participantId, document);
        const ofKind = copies.filter((d) => d.document === document);
        if (rule === 'must' && ofKind.length === 0) {
          problems.push(`${what} must reach ${participantId} in their ${document}, but none was written for them.`);
        }
        for (const doc of ofKind) check(rule, doc, `copy for ${participantId}`);
      }
      // A family member must never be sent the annex, whatever it holds.
      for (const doc of copies.filter((d) => d.document === 'restricted-annex')) {
        problems.push(`${doc.fileName} lists ${participantId} among its recipients.`);
      }
    }
    if (entry.sharedScreen === 'never') {
      for (const view of sharedScreen ?? []) {
        if (view.text.includes(entry.canary)) problems.push(`${what} is on the shared screen: ${view.name}.`);
      }
    }
  }
  for (const { participantId, strings } of canaries.namesNeverFor) {
    for (const doc of written.filter((d) => d.recipientIds.includes(participantId))) {
      for (const words of strings.filter((w) => doc.text.includes(w))) {
        problems.push(`“${words}” reaches ${participantId} in ${doc.fileName}.`);
      }
    }
  }
  return [...new Set(problems)];
}
