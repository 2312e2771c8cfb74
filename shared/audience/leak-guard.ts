import { formatDate, formatDateLong } from '../format/dates';
import type { Conference } from '../model/conference';
import type { CapturedText } from './captured';
import { hiddenWhyWords, type HiddenWhy, type ReaderView } from './visibility';

/**
 * The leak guard (issue #10, item 6). Documents and views are computed per reader, so a correctly marked item never
 * reaches the wrong person. What computation cannot see is the same words typed twice: a refuge address marked not to
 * share, typed again into a plan action that everyone receives. Before anything leaves the app for a family member or
 * the shared screen, its text is scanned for the words this reader must not have; a final export stops, a draft warns,
 * and the shared screen falls back to the holding screen.
 */

/** A string this reader must not receive, and where it comes from. */
export type Secret = {
  ref: string;
  field: string;
  why: HiddenWhy | 'address-not-to-share';
  needle: string;
};

export type Leak = {
  /** The item whose words were found where they must not be. */
  secret: Secret;
  /** The item visible to this reader that repeats them, when it can be found: the one whose audience to change. */
  carrier?: { ref: string; field: string };
};

// eslint-disable-next-line no-control-regex -- the test is for characters outside ASCII
const NON_ASCII = /[^\x00-\x7f]/;
const TYPOGRAPHIC_PUNCTUATION = /[\u2018\u2019\u201c\u201d\u2013\u2014\u2026]/g;

/** Lower case, letters and digits only, single spaces: "Flat 2,\n14 Harbour Row" → "flat 2 14 harbour row". */
export function normaliseForGuard(text: string): string {
  // Plain ASCII (most of any document) needs no Unicode folding, and the ASCII pattern is several times faster. Curly
  // quotes, dashes and the ellipsis are separators either way (NFKC leaves them, or makes dots of the ellipsis), so
  // text whose only other characters they are, as most typed notes are ("Mia’s attendance"), takes the quick way too.
  const plain = NON_ASCII.test(text) ? text.replace(TYPOGRAPHIC_PUNCTUATION, ' ') : text;
  if (!NON_ASCII.test(plain))
    return plain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MIN_NEEDLE = 12;
const SHINGLE_WORDS = 10;
const UK_POSTCODE = /\b([a-z]{1,2}\d[a-z\d]?) ?(\d[a-z]{2})\b/gi;

/** The pieces of a text worth looking for: the whole (when short), runs of ten words (when long). */
function needlesOf(text: string): string[] {
  const whole = normaliseForGuard(text);
  if (whole.length < MIN_NEEDLE || !whole.includes(' ')) return [];
  const words = whole.split(' ');
  if (words.length <= SHINGLE_WORDS + 4) return [whole];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += SHINGLE_WORDS / 2) {
    out.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
    if (out.length >= 64) break;
  }
  return out;
}

/** An address is looked for line by line and by its postcode, so part of it typed elsewhere is still found. */
function addressNeedles(address: string): string[] {
  const parts = address
    .split(/[,\n;]+/)
    .map(normaliseForGuard)
    .filter((p) => p.length >= 8 && /\d/.test(p));
  const postcodes = [...address.matchAll(UK_POSTCODE)].map((m) => normaliseForGuard(`${m[1]} ${m[2]}`));
  return [...new Set([...parts, ...postcodes, ...needlesOf(address)])];
}

/**
 * A date of birth is stored as "1990-03-02" and printed as the documents print dates: "Fri 2 Mar 1990", "Friday 2
 * March 1990". Both forms are looked for, with the day of the week, so that the date is found as printed and a
 * shorter date ("12 Mar 1990") is not taken for it.
 */
function dateNeedles(iso: string): string[] {
  return [...new Set([formatDate(iso), formatDateLong(iso)].map(normaliseForGuard).filter((n) => n.includes(' ')))];
}

const isBirthDate = (ref: string) => ref.endsWith(':dateOfBirth');

/** `participant:<id>`: who someone is, rather than something they said. */
const isIdentity = (ref: string) => /^participant:[^:]+$/.test(ref);

/**
 * A withheld person is looked for by each of their name, role and organisation with at least two words ("Priya
 * Shah", "IDVA for Leanne", "Marlbridge Domestic Abuse Service"): a first name alone is too common to guard.
 */
function identityNeedles(texts: string[]): string[] {
  return texts.map(normaliseForGuard).filter((words) => words.length >= 6 && words.includes(' '));
}

const GUARDED: ReadonlySet<HiddenWhy> = new Set(['professionals-only', 'restricted', 'withheld', 'closed-session']);

/** Everything this reader must not receive, as strings to look for. */
export function secretsFor(view: ReaderView): Secret[] {
  const secrets: Secret[] = [];
  // Who the reader may know is at the meeting, as the documents name them ("Fiona Baird, Social worker (lead
  // professional)"): a restricted record whose source is "Fiona Baird, social worker" does not make her name a leak.
  const known = view.conference.participants
    .filter((p) => view.shows(`participant:${p.id}`))
    .map((p) => normaliseForGuard(`${p.name} ${p.role} ${p.organisation}`));
  // The same words held by two items (a report's author, and who that author is) are looked for once, under the
  // first: one place that repeats them is one leak to fix, not two messages about it.
  const looked = new Set<string>();
  const add = (text: CapturedText, why: Secret['why'], needles: string[]) => {
    for (const needle of needles) {
      if (looked.has(needle) || known.some((k) => k.includes(needle))) continue;
      looked.add(needle);
      secrets.push({ ref: text.ref, field: text.field, why, needle });
    }
  };
  for (const text of view.index.all) {
    if (!text.texts.length) continue;
    const seen = view.sees(text.ref);
    const isFlaggedAddress = text.ref.endsWith(':address') && addressNotToShare(view.conference, text.ref);
    if (isFlaggedAddress && view.reader.kind !== 'professional') {
      add(text, 'address-not-to-share', text.texts.flatMap(addressNeedles));
      continue;
    }
    if (seen.shown || !GUARDED.has(seen.why)) continue;
    if (isIdentity(text.ref)) {
      add(text, seen.why, identityNeedles(text.texts));
      continue;
    }
    if (isBirthDate(text.ref)) {
      add(text, seen.why, text.texts.flatMap(dateNeedles));
      continue;
    }
    add(text, seen.why, text.texts.flatMap(text.ref.endsWith(':address') ? addressNeedles : needlesOf));
  }
  return secrets;
}

function addressNotToShare(conference: Conference, ref: string): boolean {
  const id = ref.split(':')[1];
  return conference.adults.some((a) => a.id === id && a.addressRestricted);
}

/**
 * What a document or view would put in front of its readers, normalised once and searched with a memory: a minute
 * read by ten professionals with the same secrets costs one search per needle, not ten.
 */
export class GuardedOutput {
  private readonly output: readonly string[];
  private haystack: string | undefined;
  private readonly searched = new Map<string, boolean>();

  constructor(output: readonly string[]) {
    this.output = output;
  }

  contains(needle: string): boolean {
    let found = this.searched.get(needle);
    if (found === undefined) {
      this.haystack ??= this.output.map(normaliseForGuard).join('\n');
      found = this.haystack.includes(needle);
      this.searched.set(needle, found);
    }
    return found;
  }
}

/** Scans what a reader would receive. `output` is every string of the document or view. */
export function findLeaks(
  view: ReaderView,
  output: readonly string[] | GuardedOutput,
  secrets = secretsFor(view),
): Leak[] {
  if (!secrets.length) return [];
  const searched = output instanceof GuardedOutput ? output : new GuardedOutput(output);
  const found = new Map<string, Leak>();
  for (const secret of secrets) {
    if (found.has(secret.ref) || !searched.contains(secret.needle)) continue;
    const carrier = view.index.all.find(
      (t) =>
        t.ref !== secret.ref && view.shows(t.ref) && t.texts.some((x) => normaliseForGuard(x).includes(secret.needle)),
    );
    found.set(secret.ref, { secret, ...(carrier ? { carrier: { ref: carrier.ref, field: carrier.field } } : {}) });
  }
  return [...found.values()];
}

/** Every string in a plain value (a document's view model, a shared-screen view), for scanning. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const v of Object.values(value)) stringsIn(v, out);
  }
  return out;
}

/** Why the reader must not have it, in a phrase that follows "which is". */
function whyPhrase(why: Secret['why'], recipient: string): string {
  switch (why) {
    case 'professionals-only':
      return 'for professionals only';
    case 'restricted':
      return 'restricted to the annex';
    case 'withheld':
      return `withheld from ${recipient}`;
    case 'closed-session':
      return `from a closed session ${recipient} was not in`;
    case 'address-not-to-share':
      return 'an address marked not to be shared';
    default:
      return hiddenWhyWords[why].toLowerCase();
  }
}

/** The message a chair reads: where, to whom, what, and the fix. */
export function leakMessage(leak: Leak, recipient: string, where: string): string {
  const found = `${where} for ${recipient} repeats words from ${leak.secret.field}, which is ${whyPhrase(leak.secret.why, recipient)}.`;
  const fix = leak.carrier
    ? `They are in ${leak.carrier.field}: change that item’s audience, or take the words out of it.`
    : `Take the words out of the part that repeats them, or change the audience of ${leak.secret.field}.`;
  return `${found} ${fix}`;
}
