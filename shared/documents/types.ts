import type { Reader } from '../audience/visibility';
import type { Participant } from '../model/conference';

/**
 * The view model of a document: what it says, decided in plain data before any Word object exists. The view-model
 * step (minute.ts, restricted-annex.ts, family-plan.ts, decision-letter.ts) chooses every word from the conference,
 * the organisation's settings and the deadlines; the docx step (render.ts) only lays the blocks out. Keeping the
 * words here means what a document may contain is decided, and reviewed, in one place per document.
 */

export type DocumentKind = 'minute' | 'restricted-annex' | 'family-plan' | 'decision-letter' | 'child-letter';

/** Who reads it: professional documents carry the protective marking; family documents are larger and plainer. */
export type Audience = 'professional' | 'family';

export type Fact = { label: string; value: string };

/** A column of a table: its heading and its share of the page width, in per cent. */
export type TableColumn = { title: string; width: number };

export type Block =
  /**
   * Level 4 is a part inside a section of the minute ("Harm", "Danger statements"). `newPage`: the part starts a page
   * (the family plan's detail, after the summary that is its first page).
   */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; newPage?: boolean }
  /** `lead` is printed in bold before the text, e.g. who said it. */
  | { kind: 'paragraph'; text: string; lead?: string; emphasis?: 'strong' | 'quiet' }
  /** A boxed, bold warning: the restricted marking, a draft. */
  | { kind: 'banner'; text: string }
  | { kind: 'facts'; facts: readonly Fact[]; indent?: boolean }
  | { kind: 'list'; items: readonly string[] }
  /** A numbered step (family plan actions): the number is part of the text so every reader and converter keeps it. */
  | { kind: 'numbered'; number: number; text: string; facts: readonly Fact[] }
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly (readonly string[])[] }
  /** Space to sign and date by hand. */
  | { kind: 'signature'; lines: readonly string[] };

export type Logo = { data: Uint8Array; type: 'png' | 'jpg'; widthPx: number; heightPx: number; altText: string };

export type DocumentView = {
  kind: DocumentKind;
  /**
   * Who receives this file (from the distribution list). Every person here reads the same words: people whose copies
   * would differ get files of their own. Empty only for a document nobody is set to receive yet.
   */
  recipients: Participant[];
  /** How it was computed: for professionals, for family members (per person), or the restricted annex. */
  reading: 'professional' | 'family' | 'annex';
  /** File name in the export folder, e.g. `family-plan-kieran-ashdown.docx`. */
  fileName: string;
  /** The document's title property and its first heading. */
  title: string;
  subject: string;
  audience: Audience;
  /** Who the document is for, in one line for the person exporting it: "Professionals only: …". */
  intendedFor: string;
  /** Lines at the top of every page (protective marking, restricted marking, draft). */
  header: string[];
  /** Printed at the foot of every page, before "Page X of Y". */
  footer: string;
  /** The organisation, as the document's author. */
  author: string;
  logo?: Logo;
  blocks: Block[];
};

/**
 * A reader a copy was computed for. Besides the readers of the minutes and the shared screen (visibility.ts), the
 * restricted annex has its own: a professional reading it sees restricted text too, less what is withheld from them.
 * Without a participant, the annex is read as the record keeps it: whole.
 */
export type CopyReader = Reader | { kind: 'annex'; participant?: Participant };

/**
 * A document of the distribution set: its view model and the readers it was computed for. The leak guard checks the
 * words with exactly these readers: each recipient of a copy computed per person, or the reader a copy for no one in
 * particular was computed with (the shared screen's, for the family's general copy of the plan or the letter), so a
 * copy is never checked as if someone who may see more were reading it.
 */
export type DistributedView = DocumentView & { readers: readonly CopyReader[] };

export type DocumentOptions = {
  /** A draft made during the meeting says so on every page. Default: a draft until the meeting has ended. */
  draft?: boolean;
  /** The date the documents are issued (the decision letter's date). Default: today. */
  issuedOn?: string;
};
