import { normaliseForGuard } from '../audience/leak-guard';
import { agencyLabel } from '../wording/labels';
import type { ActionPerson, Adult, Child, Conference, Participant } from '../model/conference';
import { andList, childName, continueSentence, properNamesOf } from '../wording/sentences';

/** Anything that can say whether this reader may see the text with a reference: a Gate or a ReaderView. */
export type ShowsRefs = { shows(ref: string): boolean };

/**
 * Names as the documents print them. The minute names professionals with their role and organisation so a reader can
 * tell two designated safeguarding leads apart; the family plan writes to family members by first name and to
 * professionals by name with their role in everyday words ("Rhys Morgan (social worker)").
 *
 * Who someone is has an audience of its own (`participant:<id>`): the mother's IDVA is not named in the father's
 * copies. A builder writing for one reader uses `forReader`, and every label then follows that reader's view. The
 * rule, the same in every document:
 * - lists of people (attendance, apologies, reports, core group members, distribution, contacts) leave out someone
 *   the reader may not know of: a row saying "a worker" would still tell them there is one;
 * - where the reader sees something that person said or will do (a note, a view, a score, an action), it is kept and
 *   the person is described without name, role or organisation: "A worker supporting the family", as on the
 *   shared screen.
 */
export class People {
  private readonly participants: Map<string, Participant>;
  private readonly children: Map<string, Child>;
  private readonly adults: Map<string, Adult>;
  private readonly view: ShowsRefs | undefined;
  private hiddenWords: string[] | undefined;
  private names: Set<string> | undefined;

  constructor(
    readonly conference: Conference,
    view?: ShowsRefs,
  ) {
    this.participants = new Map(conference.participants.map((p) => [p.id, p]));
    this.children = new Map(conference.children.map((c) => [c.id, c]));
    this.adults = new Map(conference.adults.map((a) => [a.id, a]));
    this.view = view;
  }

  /** The same people as one reader may know them: the view is asked about each person as the copy is written. */
  forReader(view: ShowsRefs): People {
    return new People(this.conference, view);
  }

  participant(id: string | undefined): Participant | undefined {
    return id === undefined ? undefined : this.participants.get(id);
  }

  /** Whether this reader may know who the person is. Someone not in the participant list has nothing to hide. */
  knows(id: string | undefined): boolean {
    const person = this.participant(id);
    return !person || !this.view || this.view.shows(`participant:${person.id}`);
  }

  /**
   * Whether a typed text names someone this reader may not know of, by their name or organisation ("provided by
   * Marlbridge Domestic Abuse Service"): the builder then leaves that part out.
   */
  namesSomeoneHidden(text: string): boolean {
    if (!this.view || !text.trim()) return false;
    if (this.hiddenWords === undefined) {
      this.hiddenWords = this.conference.participants
        .filter((p) => !this.knows(p.id))
        .flatMap((p) => [p.name, p.organisation].map(normaliseForGuard))
        .filter((words) => words.length >= 4);
    }
    const haystack = ` ${normaliseForGuard(text)} `;
    return this.hiddenWords.some((words) => haystack.includes(` ${words} `));
  }

  child(id: string): Child | undefined {
    return this.children.get(id);
  }

  adult(id: string | undefined): Adult | undefined {
    return id === undefined ? undefined : this.adults.get(id);
  }

  /**
   * The name used in sentences for the family: the name the child is known by, else the first name; "the baby" for an
   * unborn child not yet named. As it reads inside a sentence or a list ("Sam, Ella and the baby"): a heading or the
   * start of a line capitalises it where it uses it.
   */
  childFirstName(id: string): string {
    const child = this.children.get(id);
    return child ? childName(child) : 'the child';
  }

  /** Full name for records: "Jayden Ashdown", with the name they are known by where it differs. */
  childFullName(id: string): string {
    const child = this.children.get(id);
    return child ? childFullName(child) : 'A child no longer recorded';
  }

  /** First names of the children listed, skipping ids that are not children of this conference. */
  childFirstNames(ids: readonly string[]): string[] {
    return ids.filter((id) => this.children.has(id)).map((id) => this.childFirstName(id));
  }

  /** Minute: "Tom Haddad (Designated safeguarding lead, Westbrook Academy)". */
  recordLabel(id: string | undefined): string {
    const person = this.participant(id);
    if (!person) return 'Someone not in the attendance list';
    return this.knows(person.id) ? recordLabel(person) : unnamedPerson(person);
  }

  /** Family plan: "Jade" for a family member, "Rhys Morgan (social worker)" for a professional. */
  familyLabel(id: string | undefined): string | undefined {
    const person = this.participant(id);
    if (!person) return undefined;
    // In a sentence: "a worker supporting the family will …" is capitalised where it starts one.
    if (!this.knows(person.id)) return continueSentence(unnamedPerson(person));
    if (person.kind === 'family' || person.kind === 'child') return this.firstNameOf(person);
    const name = person.name.trim();
    const role =
      roleInSentence(person.role, this.properNames()) ||
      (person.agency ? continueSentence(agencyLabel[person.agency]) : '');
    if (!name) return role ? `the ${role}` : 'a member of staff';
    return role ? `${name} (${role})` : name;
  }

  /**
   * Someone named on an action (an owner, or someone helping), as the minute names them: "Tom Haddad (Deputy Head)"
   * for a participant, the name as typed for anyone else ("Maureen, Jade's mother"). Someone this reader may not know
   * of is described, not named.
   */
  actionPersonForRecord(person: ActionPerson): string {
    const participant = this.participant(person.participantId);
    if (!participant) return person.name.trim() || 'Someone no longer in the attendance list';
    if (!this.knows(participant.id)) return unnamedPerson(participant);
    const name = participant.name.trim() || 'Name not recorded';
    return participant.role.trim() ? `${name} (${participant.role.trim()})` : name;
  }

  /** Someone named on an action as the family plan names them: "Jade", "Rhys Morgan (social worker)", or as typed. */
  actionPersonForFamily(person: ActionPerson): string {
    return this.familyLabel(person.participantId) ?? (person.name.trim() || 'someone no longer in the plan');
  }

  /**
   * People on an action as the minute lists them: "Jade Ashdown (Mother) and Maureen Ashdown". Two people the reader
   * may not know of are one description, not the same words twice; after the first, a description continues the
   * sentence ("… and a worker supporting the family").
   */
  actionPeopleForRecord(list: readonly ActionPerson[]): string {
    const labels = list.map((p, i) => {
      const label = this.actionPersonForRecord(p);
      const hidden = p.participantId !== undefined && this.participant(p.participantId) && !this.knows(p.participantId);
      return i > 0 && hidden ? continueSentence(label) : label;
    });
    return andList([...new Set(labels)]);
  }

  /** People on an action as the family plan lists them, in a sentence: "Jade and Maureen", "Jade and Rhys Morgan (social worker)". */
  actionPeopleForFamily(list: readonly ActionPerson[]): string {
    return andList([...new Set(list.map((p) => this.actionPersonForFamily(p)))]);
  }

  /** A family member's first name: the household adult's given name, else the first word of the name. */
  firstNameOf(person: Participant): string {
    const adult = this.adult(person.adultId);
    const given = adult?.givenName.trim() || person.name.trim().split(/\s+/)[0] || '';
    return given || 'Family member';
  }

  /** Every word of a name in the conference, so a sentence that starts with one is not lower-cased. */
  properNames(): Set<string> {
    return (this.names ??= properNamesOf(this.conference));
  }
}

/**
 * Someone the reader may not know of, where something they said or will do is in the copy: no name, role or
 * organisation. The same words as the shared screen for a worker and a family member.
 */
export function unnamedPerson(person: Participant): string {
  switch (person.kind) {
    case 'professional':
      return 'A worker supporting the family';
    case 'family':
    case 'child':
      return 'A family member';
    default:
      // A supporter, advocate or interpreter need not be family.
      return 'Someone supporting the family';
  }
}

export function childFullName(child: Child): string {
  const given = child.givenName.trim();
  const family = child.familyName.trim();
  const known = child.knownAs.trim();
  // An unborn baby often has no first name yet: "Unborn baby Royle", never a bare family name that reads like an adult.
  if (!given && !known && child.unborn) return family ? `Unborn baby ${family}` : 'Unborn baby';
  // A baby known only by what the family calls them ("Baby Fenwick"): that name, never "Fenwick (known as …)".
  if (!given && known) return known.toLowerCase().includes(family.toLowerCase()) ? known : `${known} ${family}`;
  const full = [given, family].filter(Boolean).join(' ');
  if (!full) return known || 'Name not recorded';
  return known && known !== child.givenName.trim() ? `${full} (known as ${known})` : full;
}

export function adultFullName(adult: Adult): string {
  return [adult.givenName.trim(), adult.familyName.trim()].filter(Boolean).join(' ') || 'Name not recorded';
}

/** "School nurse, Westbrook Community Health"; "GP", not "GP, GP", when the role and the agency say the same. */
export function roleAndWhere(person: Participant): string {
  const role = person.role.trim();
  const where = person.organisation.trim() || (person.agency ? agencyLabel[person.agency] : '');
  return [role, where.toLowerCase() === role.toLowerCase() ? '' : where].filter(Boolean).join(', ');
}

export function recordLabel(person: Participant): string {
  const name = person.name.trim() || 'Name not recorded';
  const detail = roleAndWhere(person);
  return detail ? `${name} (${detail})` : name;
}

/**
 * A role as it reads after a name: "Social worker (lead)" becomes "social worker"; "GP", "PC", "Deputy Head" and
 * "Social Worker" keep the user's casing (continueSentence). The bracketed part is dropped because the family plan already
 * puts the role in brackets.
 */
export function roleInSentence(role: string, properNames: ReadonlySet<string> = new Set()): string {
  const plain = role
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain ? continueSentence(plain, properNames) : '';
}

// One list-joiner for the documents and the shared screen.
export { andList };
