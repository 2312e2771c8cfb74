import type { CapturedText } from '../audience/captured';
import type { HiddenWhy, ReaderView } from '../audience/visibility';

/**
 * The question every document builder asks, text by text, while it writes a copy for one reader: may this reader see
 * the text with this reference? The answer comes from the reader's view (audience, and for a family member's record,
 * time); the gate also remembers what it kept out and where, so the copy can say in general terms what is not in it.
 * Nothing is built first and filtered afterwards.
 */

export type LeftOut = {
  text: CapturedText;
  why: HiddenWhy;
  /** The part of the document being written when it was left out (a section of the minute, say). */
  section: string;
};

export class Gate {
  readonly view: ReaderView;
  /** Set by the builder as it moves from one part of the document to the next. */
  section = '';
  private readonly left = new Map<string, LeftOut>();

  constructor(view: ReaderView) {
    this.view = view;
  }

  shows(ref: string): boolean {
    const seen = this.view.sees(ref);
    if (seen.shown) return true;
    const text = this.view.index.get(ref);
    if (text && text.texts.length && !this.left.has(ref)) {
      this.left.set(ref, { text, why: this.reason(text, seen.why), section: this.section });
    }
    return false;
  }

  /** Everything left out so far, or only what was left out of one section. */
  leftOut(section?: string): LeftOut[] {
    const all = [...this.left.values()];
    return section === undefined ? all : all.filter((l) => l.section === section);
  }

  /**
   * Text captured in a closed session is withheld from everyone the session excluded; for the person reading, that
   * is "said in a closed session you were not in", not a choice about them.
   */
  private reason(text: CapturedText, why: HiddenWhy): HiddenWhy {
    if (why !== 'withheld' || text.closedSessionId === undefined) return why;
    return this.view.presence?.closedSessionIds.has(text.closedSessionId) ? 'closed-session' : why;
  }
}
