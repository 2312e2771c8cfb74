import type { Audience, AudienceLevel, Capture } from '../model/audience';
import type { Conference, Participant } from '../model/conference';
import { childNameById } from '../wording/sentences';
import { keptFromSeparateSession, keptFromWordsOf, SEPARATE_SESSION_ITEM } from './separate-session';

/**
 * Every piece of free text in a conference, each with its reference, a name for it a chair understands, its
 * audience, and when and under which agenda item it was captured.
 *
 * This list is the one place that knows where text lives in the model: the redaction preview, the leak guard, the
 * time stamps and the canary tests all walk it. A string field added to the model and not added here is caught by
 * the property test (test/unit/audience/canaries.property.test.ts), which plants a canary in every string of a
 * generated conference and expects each to be listed, unless the field is on that test's short list of names, roles
 * and working details that are not free text (`NOT_CAPTURED` in test/unit/audience/planted.ts).
 */

/**
 * `record`: what was said (the minutes follow time: a family member's copy leaves it out if they were out of the
 * room when it was said). `outcome`: what was decided (the plan and decisions follow audience only: every parent is
 * told the decisions and the plan, less what is withheld from them).
 */
export type TextNature = 'record' | 'outcome';

export type CapturedText = {
  /** Stable reference, the key of `conference.captures`: "note:n1", "action:a3:what", "details.reason". */
  ref: string;
  /** What a chair calls it, for messages: "Plan action “Jade will…”". */
  field: string;
  /** The words themselves (several for a record with more than one text box). */
  texts: string[];
  nature: TextNature;
  audience: Audience;
  /** The audience this kind of text has when nobody chose one. */
  defaultAudience: Audience;
  /** Some texts have no choice: a restricted record is always restricted. */
  fixed: boolean;
  at?: string;
  itemKey?: string;
  closedSessionId?: string;
  /**
   * The participant whose own position this is (their view on the decision, their disagreement, their scaling
   * comment): never kept from them by time (see visibility.ts). A note keeps to time: it records the room.
   */
  saidBy?: string;
};

const aud = (level: AudienceLevel, withheldFrom: string[] = []): Audience => ({ level, withheldFrom });

/** A list of people words are kept from, once each and never the person who said them. */
const withoutSpeaker = (ids: string[], speakerId: string | undefined): string[] =>
  [...new Set(ids)].filter((id) => id !== speakerId);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A short quote of the text, for naming it in a message. */
export function quote(text: string, max = 48): string {
  // Only the start is quoted, so naming a 10,000-word note costs no more than naming a short one.
  const flat = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (!flat) return '(empty)';
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

type Source = {
  ref: string;
  /** Worked out only when asked for: most texts are never named in a message. */
  field: () => string;
  texts: (string | undefined)[];
  nature: TextNature;
  /**
   * Worked out only when an audience is resolved: stamping reads every text on every save and needs none, and a
   * note's default (who it is kept from when its speaker was heard apart) looks through the room for each note.
   */
  defaultAudience: () => Audience;
  fixed?: boolean;
  /** Times the model already keeps on the record itself (notes). */
  at?: string;
  itemKey?: string;
  closedSessionId?: string;
  /** The participant whose own words these are. */
  saidBy?: string;
  /**
   * The reference of the item this text is about (a progress note's action, a sharing reason's report): the text is
   * never seen by more people than that item, so a note printed beside its action cannot outlive the action's audience.
   */
  within?: string;
};

function personName(conference: Conference, id: string | undefined): string {
  const p = conference.participants.find((x) => x.id === id);
  return p?.name.trim() || 'someone';
}

/**
 * Every text source in the conference, before audiences are resolved; without the notes when `withNotes` is false
 * (stamping outside a closed session, which has nothing to do for a note: see stampCaptures).
 */
function sources(c: Conference, withNotes = true): Source[] {
  const out: Source[] = [];
  const add = (s: Source) => out.push(s);
  const { details, analysis, plan, otherDecisions } = c;

  add({
    ref: 'details.reason',
    field: () => 'Reason for the conference',
    texts: [details.reason],
    nature: 'record',
    // The reason can name the referrer or what the police know: professionals only unless the chair opens it.
    defaultAudience: () => aud('professionals'),
    itemKey: 'reason-for-conference',
  });

  // How people join (a video link, who joins from where) can say where someone is, or when they arrive.
  add({
    ref: 'details.joinDetails',
    field: () => 'How people joined: details',
    texts: [details.joinDetails],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });

  for (const child of c.children) {
    // A school a parent has not been told of (the mother moved the child to a school near the refuge) must be
    // withholdable from the other parent; the GP goes with it, as it names the area too.
    add({
      ref: `child:${child.id}:school`,
      field: () => `School or nursery and GP of ${childNameById(c, child.id, 'a child')}`,
      texts: [child.school, child.gp],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
    });
  }

  for (const adult of c.adults) {
    const who = adult.givenName.trim() || 'an adult';
    add({
      ref: `adult:${adult.id}:address`,
      field: () => `Address of ${who}`,
      texts: [adult.address],
      nature: 'outcome',
      defaultAudience: () => aud(adult.addressRestricted ? 'restricted' : 'everyone'),
    });
    // A date of birth is an identity fact: the professional minute has it; in the family's copies only the adult's
    // own (visibility.ts), since one parent's date of birth is not the other's to be given.
    add({
      ref: `adult:${adult.id}:dateOfBirth`,
      field: () => `Date of birth of ${who}`,
      texts: [adult.dateOfBirth],
      nature: 'outcome',
      defaultAudience: () => aud('professionals'),
    });
    add({
      ref: `adult:${adult.id}:contactRestrictions`,
      field: () => `Contact restrictions for ${who}`,
      texts: [adult.contactRestrictions],
      nature: 'outcome',
      defaultAudience: () => aud('professionals'),
    });
  }

  for (const child of c.otherChildren) {
    add({
      ref: `otherChild:${child.id}`,
      field: () => `Other child ${child.name.trim() || '(no name)'}`,
      texts: [child.name, child.whereTheyLive, child.connection, child.conclusion],
      nature: 'record',
      defaultAudience: () => aud('everyone'),
      itemKey: 'risk-to-other-children',
    });
  }

  for (const p of c.participants) {
    // Who someone is can itself be private: the mother's IDVA or drug worker, named in the father's copy, tells
    // him about her support. Withholding this from a person leaves the participant out of everything they receive.
    add({
      ref: `participant:${p.id}`,
      field: () => `${p.name.trim() || 'A participant'}: name, role and organisation`,
      texts: [p.name, p.role, p.organisation],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
    });
    add({
      ref: `participant:${p.id}:attendanceReason`,
      field: () => `Attendance reason for ${p.name.trim() || 'a participant'}`,
      texts: [p.attendance.reason],
      nature: 'record',
      defaultAudience: () => aud('professionals'),
    });
    if (p.kind !== 'professional') {
      add({
        ref: `participant:${p.id}:contact`,
        field: () => `Phone and email of ${p.name.trim() || 'a family member'}`,
        texts: [p.phone, p.email],
        nature: 'outcome',
        // A family member's own contact details are for the professionals who need to reach them, not for the others.
        defaultAudience: () => aud('professionals'),
      });
    }
  }

  for (const r of c.reports) {
    // That a report exists, and who wrote it ("Substance misuse service report by …"), can tell one parent about the
    // other's support: the report's line is left out of the copy of anyone it is withheld from.
    add({
      ref: `report:${r.id}`,
      field: () => `Report${r.author.trim() ? ` by ${r.author.trim()}` : ''}: who wrote it and where from`,
      texts: [r.author, r.organisation],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      // A report by someone the reader may not know of (the mother's IDVA) says they are there.
      ...(r.participantId !== undefined ? { within: `participant:${r.participantId}` } : {}),
    });
    for (const s of sharingOf(r)) {
      add({
        ref: `report:${r.id}:sharing:${s.participantId}`,
        field: () => `Why a report was not shared in full with ${personName(c, s.participantId)}`,
        texts: [s.reason],
        nature: 'record',
        defaultAudience: () => aud('professionals'),
        within: `report:${r.id}`,
      });
    }
  }

  // A note taken in a separate session is kept from the family members the person was heard apart from.
  const notes = withNotes ? c.notes : [];
  const keptFrom = notes.some((n) => n.itemKey === SEPARATE_SESSION_ITEM) ? keptFromSeparateSession(c) : [];
  for (const note of notes) {
    add({
      ref: `note:${note.id}`,
      field: () => `Note ${quote(note.text)}`,
      texts: [note.text],
      nature: 'record',
      defaultAudience: () =>
        note.closedSessionId !== undefined
          ? aud('restricted')
          : aud(
              'everyone',
              withoutSpeaker(
                [
                  ...(note.itemKey === SEPARATE_SESSION_ITEM ? keptFrom : []),
                  ...keptFromWordsOf(c, note.participantId),
                ],
                note.participantId,
              ),
            ),
      at: note.createdAt,
      itemKey: note.itemKey,
      ...(note.closedSessionId !== undefined ? { closedSessionId: note.closedSessionId } : {}),
    });
  }

  for (const s of c.closedSessions) {
    add({
      ref: `closedSession:${s.id}:reason`,
      field: () => 'Why the closed session was held',
      texts: [s.reason],
      nature: 'record',
      defaultAudience: () => aud('restricted'),
      fixed: true,
      at: s.startedAt,
      closedSessionId: s.id,
    });
  }

  for (const v of c.childVoices) {
    add({
      ref: `childVoice:${v.id}`,
      field: () => `What ${childNameById(c, v.childId, 'a child')} told us`,
      texts: [v.summary, v.response],
      nature: 'record',
      defaultAudience: () => aud('everyone'),
      itemKey: 'childs-voice',
    });
  }

  for (const r of c.restrictedRecords) {
    add({
      ref: `restrictedRecord:${r.id}`,
      field: () => `Restricted record ${quote(r.text)}`,
      texts: [r.text, r.source],
      nature: 'record',
      defaultAudience: () => aud('restricted'),
      fixed: true,
    });
  }

  for (const w of analysis.worries) {
    const kind =
      w.kind === 'danger-statement' ? 'Danger statement' : w.kind === 'harm' ? 'Worry' : 'Complicating factor';
    add({
      ref: `worry:${w.id}`,
      field: () => `${kind} ${quote(w.text)}`,
      texts: [w.text],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'analysis',
    });
  }
  for (const s of analysis.strengths) {
    add({
      ref: `strength:${s.id}`,
      field: () => `What is working well ${quote(s.text)}`,
      texts: [s.text],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'analysis',
    });
  }
  for (const g of analysis.safetyGoals) {
    add({
      ref: `safetyGoal:${g.id}`,
      field: () => `Safety goal ${quote(g.text)}`,
      texts: [g.text],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'analysis',
    });
  }
  for (const s of analysis.scaling) {
    add({
      ref: `scaling:${s.participantId}:${s.childId ?? 'all'}`,
      field: () => `Scaling comment by ${personName(c, s.participantId)}`,
      texts: [s.comment],
      nature: 'record',
      defaultAudience: () => aud('everyone', keptFromWordsOf(c, s.participantId)),
      itemKey: 'scaling',
      saidBy: s.participantId,
    });
  }

  for (const d of c.decisions) {
    const who = childNameById(c, d.childId, 'a child');
    add({
      ref: `decision:${d.childId}:chairReasons`,
      field: () => `The chair’s reasons for ${who}`,
      texts: [d.chairReasons],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
    });
    add({
      ref: `decision:${d.childId}:alternative`,
      field: () => `What follows for ${who} without a plan`,
      texts: [d.alternativeLead, d.stepDownPlan],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
    });
    for (const v of d.agencyViews) {
      add({
        ref: `agencyView:${d.childId}:${v.participantId}`,
        field: () => `View of ${personName(c, v.participantId)} on ${who}`,
        texts: [v.reason],
        nature: 'record',
        defaultAudience: () => aud('everyone'),
      });
    }
    for (const v of d.familyViews) {
      add({
        ref: `familyView:${d.childId}:${v.participantId}`,
        field: () => `View of ${personName(c, v.participantId)} on ${who}`,
        texts: [v.text],
        nature: 'record',
        defaultAudience: () => aud('everyone', keptFromWordsOf(c, v.participantId)),
        saidBy: v.participantId,
      });
    }
    for (const v of d.dissent) {
      add({
        ref: `dissent:${d.childId}:${v.participantId}`,
        field: () => `Disagreement of ${personName(c, v.participantId)} about ${who}`,
        texts: [v.text, v.escalationRoute],
        nature: 'record',
        defaultAudience: () => aud('everyone', keptFromWordsOf(c, v.participantId)),
        saidBy: v.participantId,
      });
    }
  }

  plan.outcomes.forEach((o) =>
    add({
      ref: `outcome:${o.id}`,
      field: () => `Plan outcome ${quote(o.text)}`,
      texts: [o.text, o.why],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'outline-plan',
    }),
  );
  plan.actions.forEach((a) => {
    add({
      ref: `action:${a.id}`,
      field: () => `Plan action ${quote(a.what)}`,
      // The names typed for the people who share or help with it ("Maureen, Jade's mother") are part of the action:
      // they go where it goes, and no further.
      texts: [
        a.what,
        a.howWeWillKnow,
        a.ownerName,
        ...a.alsoBy.map((p) => p.name),
        ...a.supportedBy.map((p) => p.name),
      ],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'outline-plan',
    });
    // How the action has gone is what was said at the review ("relapsed twice"): a record with its own audience and
    // time, so it can be kept to the professionals while the action stays in the parent's plan.
    add({
      ref: `action:${a.id}:progress`,
      field: () => `Progress on the action ${quote(a.what)}`,
      texts: [a.progress?.note],
      nature: 'record',
      defaultAudience: () => aud('everyone'),
      itemKey: 'plan-progress',
      within: `action:${a.id}`,
    });
  });
  plan.support.forEach((s) =>
    add({
      ref: `support:${s.id}`,
      field: () => `Support offered ${quote(s.text)}`,
      texts: [s.text, s.providedBy],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'outline-plan',
    }),
  );
  plan.contingency.forEach((line) =>
    add({
      ref: `contingency:${line.id}`,
      field: () => `Contingency ${quote(line.if)}`,
      texts: [line.if, line.then],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'contingency',
    }),
  );
  add({
    ref: 'plan.contactArrangements',
    field: () => 'Contact arrangements',
    texts: [plan.contactArrangements],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });
  // Where the core group meets can say where a family is (a family centre near a refuge): an audience of its own.
  add({
    ref: 'coreGroup.venue',
    field: () => 'Where the core group meets',
    texts: [c.coreGroup.venue],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
    itemKey: 'core-group',
  });
  c.coreGroup.returnToConferenceWhen.forEach((text, i) =>
    add({
      ref: `coreGroup.return:${i}`,
      field: () => `When the case comes back to conference ${quote(text)}`,
      texts: [text],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
      itemKey: 'core-group',
    }),
  );
  add({
    ref: 'review.invitees',
    field: () => 'Who is invited to the review',
    texts: [c.review.invitees],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });

  add({
    ref: 'otherDecisions.reporterReason',
    field: () => 'Children’s Reporter: reason',
    texts: [otherDecisions.reporterReason],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });
  add({
    ref: 'otherDecisions.emergencyMeasures',
    field: () => 'Emergency measures',
    texts: [otherDecisions.emergencyMeasures],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });
  // Legal advice on whether to start proceedings is privileged until the family is told by letter.
  add({
    ref: 'otherDecisions.legalPlanningDetail',
    field: () => 'Legal planning: detail',
    texts: [otherDecisions.legalPlanningDetail],
    nature: 'outcome',
    defaultAudience: () => aud('professionals'),
  });
  add({
    ref: 'otherDecisions.otherServices',
    field: () => 'Other services',
    texts: [otherDecisions.otherServices],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });
  add({
    ref: 'otherDecisions.orderAtBirth',
    field: () => 'Order at birth',
    texts: [otherDecisions.orderAtBirth],
    nature: 'outcome',
    defaultAudience: () => aud('everyone'),
  });
  for (const r of otherDecisions.referrals) {
    add({
      ref: `referral:${r.id}`,
      field: () => `Referral ${quote(r.detail)}`,
      texts: [r.detail],
      nature: 'outcome',
      // A MARAC referral must not reach the person it is about: professionals only unless the chair opens it.
      defaultAudience: () => aud(r.kind === 'marac' ? 'professionals' : 'everyone'),
    });
  }
  for (const a of otherDecisions.assessments) {
    add({
      ref: `assessment:${a.id}`,
      field: () => `Assessment ${quote(a.what)}`,
      texts: [a.what, a.by],
      nature: 'outcome',
      defaultAudience: () => aud('everyone'),
    });
  }
  // Why the chair did not take an agenda item is said in the meeting, and can be about someone ("not taken: the
  // mother's health is discussed in the closed session").
  for (const [key, progress] of Object.entries(c.agenda.items)) {
    const reason = progress.skippedReason;
    add({
      ref: `agenda:${key}:skipped`,
      // Named from its key: this module does not know the agenda's titles ("risk-to-other-children").
      field: () => `Why the agenda item “${capitalise(key.replace(/-/g, ' '))}” was not taken`,
      texts: [reason],
      nature: 'record',
      defaultAudience: () => aud('everyone'),
      itemKey: key,
    });
  }
  return out;
}

type Sharing = { participantId: string; reason: string };
/** Report sharing per recipient (version 2); tolerant of a report without the list. */
function sharingOf(report: Conference['reports'][number]): Sharing[] {
  const list = (report as { sharing?: unknown }).sharing;
  return Array.isArray(list) ? (list as Sharing[]) : [];
}

/** The audience of a text: the chair's choice, else the default, with the people a closed session excluded added. */
function resolveAudience(
  c: Conference,
  source: Source,
  defaultAudience: Audience,
  capture: Capture | undefined,
): Audience {
  const chosen = source.fixed ? defaultAudience : (capture?.audience ?? defaultAudience);
  const sessionId = source.closedSessionId ?? capture?.closedSessionId;
  const session = sessionId ? c.closedSessions.find((s) => s.id === sessionId) : undefined;
  if (!session || session.excludedParticipantIds.length === 0) return chosen;
  const withheld = new Set([...chosen.withheldFrom, ...session.excludedParticipantIds]);
  return { level: chosen.level, withheldFrom: [...withheld] };
}

const LEVEL_ORDER: Record<AudienceLevel, number> = { everyone: 0, professionals: 1, restricted: 2 };

/** The audience of a text about another item: no wider than either (the narrower level, everyone withheld from). */
function narrowed(own: Audience, item: Audience): Audience {
  const level = LEVEL_ORDER[item.level] > LEVEL_ORDER[own.level] ? item.level : own.level;
  const withheld = new Set([...own.withheldFrom, ...item.withheldFrom]);
  return { level, withheldFrom: [...withheld] };
}

/** Every non-empty piece of text in the conference, with its resolved audience and capture time. */
export function capturedTexts(c: Conference, options: { includeEmpty?: boolean } = {}): CapturedText[] {
  const result: CapturedText[] = [];
  const all = sources(c);
  const byRef = new Map(all.map((s) => [s.ref, s]));
  const resolved = new Map<string, Audience>();
  // A text about an item (a reason under a report, which is under its author) is resolved with the item, whether or
  // not the item holds words. Each reference is resolved once; `within` never points back down the chain.
  const defaults = new Map<string, Audience>();
  const defaultOf = (source: Source): Audience => {
    let audience = defaults.get(source.ref);
    if (!audience) defaults.set(source.ref, (audience = source.defaultAudience()));
    return audience;
  };
  const audienceOf = (source: Source): Audience => {
    const known = resolved.get(source.ref);
    if (known) return known;
    const own = resolveAudience(c, source, defaultOf(source), c.captures[source.ref]);
    const item = source.within !== undefined ? byRef.get(source.within) : undefined;
    const audience = item ? narrowed(own, audienceOf(item)) : own;
    resolved.set(source.ref, audience);
    return audience;
  };
  for (const source of all) {
    const texts = source.texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (!texts.length && !options.includeEmpty) continue;
    const capture = c.captures[source.ref];
    const at = source.at ?? capture?.at;
    // A note keeps its own item; anything else was captured under the item open at the time, else its home item.
    const itemKey = source.at !== undefined ? source.itemKey : (capture?.itemKey ?? source.itemKey);
    const closedSessionId = source.closedSessionId ?? capture?.closedSessionId;
    let field: string | undefined;
    result.push({
      ref: source.ref,
      get field() {
        return (field ??= source.field());
      },
      texts,
      nature: source.nature,
      audience: audienceOf(source),
      defaultAudience: defaultOf(source),
      fixed: source.fixed ?? false,
      ...(at !== undefined ? { at } : {}),
      ...(itemKey !== undefined ? { itemKey } : {}),
      ...(closedSessionId !== undefined ? { closedSessionId } : {}),
      ...(source.saidBy !== undefined ? { saidBy: source.saidBy } : {}),
    });
  }
  return result;
}

/** A text's reference and words, and the closed session its record names: what stamping reads on every change. */
export type TextWords = { ref: string; texts: string[]; closedSessionId?: string };

/**
 * Every text source with its words (empty ones too), without the name and audience `capturedTexts` works out: the
 * chair's window stamps after each edit and main again on each save, and for a meeting of thousands of notes
 * building a full CapturedText for each costs several times what stamping needs.
 */
export function textWords(c: Conference, options: { notes: boolean } = { notes: true }): TextWords[] {
  const result: TextWords[] = [];
  for (const source of sources(c, options.notes)) {
    const texts: string[] = [];
    for (const t of source.texts) if (typeof t === 'string' && t.trim() !== '') texts.push(t);
    const closedSessionId = source.closedSessionId ?? c.captures[source.ref]?.closedSessionId;
    result.push(
      closedSessionId === undefined ? { ref: source.ref, texts } : { ref: source.ref, texts, closedSessionId },
    );
  }
  return result;
}

const indexes = new WeakMap<Conference, CapturedIndex>();

/**
 * The index of a conference's texts, built once per state of the conference: the stamping, the shared screen and
 * every audience control on the screen ask after each edit, and a conference object is never changed in place.
 */
export function capturedIndexOf(conference: Conference): CapturedIndex {
  let index = indexes.get(conference);
  if (!index) indexes.set(conference, (index = new CapturedIndex(conference)));
  return index;
}

/** Looks texts up by reference; built once per document or view. */
export class CapturedIndex {
  readonly all: CapturedText[];
  private readonly byRef: Map<string, CapturedText>;

  constructor(conference: Conference) {
    this.all = capturedTexts(conference, { includeEmpty: true });
    this.byRef = new Map(this.all.map((t) => [t.ref, t]));
  }

  get(ref: string): CapturedText | undefined {
    return this.byRef.get(ref);
  }
}

export type { Participant };
