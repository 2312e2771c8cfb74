import { agendaFor } from '@shared/agenda';
import { formatDateLong } from '@shared/format/dates';
import { capturedTexts, distributionList } from '@shared/audience';
import type { DocumentView } from '@shared/documents';
import { wasInRoom, type Generated, type Planted } from './planted';
import { sharedScreenViews } from './written';

/**
 * The checks of the canary property test (canaries.property.test.ts), each returning every breach it finds as a
 * message naming the canary (its token, the field it was planted in, its reference and audience), the document or
 * view, and the recipient. The rules, written from issue #10:
 *
 * - not for everyone → in no family member's copy and never on the shared screen;
 * - withheld from someone → in none of their copies, and never on the shared screen (anyone may be looking);
 * - restricted → in the restricted annex, and in no other document;
 * - a record of what was said, said while a family member was out of the room (by their attendance times, the
 *   closed sessions that excluded them, and the agenda item's times where the text has none) → not in their minutes;
 * - someone who attended separately (bail conditions, domestic abuse) → no one else's address in any of their copies;
 * - present in the professional minute when for everyone or professionals and withheld from no professional, and in
 *   each reader's own minutes and family plan when they may see it.
 */

/** A canary as a failure message names it: the token, where it was planted, its reference and its audience. */
const named = (c: Planted) =>
  `${c.token} (${c.path} → ${c.ref ?? '?'}: ${c.level}, withheld from [${c.withheldFrom.join(', ')}]${c.at === undefined ? ', no time' : ''}${c.closedSessionId ? `, closed session ${c.closedSessionId}` : ''})`;

type Reader = { id: string; family: boolean } | undefined;

/** Whether a reader may receive this canary in this document, by the rules above. */
function mayReceive(g: Generated, view: DocumentView, reader: Reader, c: Planted): boolean {
  // The annex holds restricted text, less what is kept from the professional who reads this copy.
  if (view.reading === 'annex') return reader === undefined || !c.withheldFrom.includes(reader.id);
  if (c.level === 'restricted') return false;
  // A family plan or decision letter is a family document, whoever receives it: a professional's copy is the family's
  // general copy (for everyone, withheld from nobody).
  if (reader !== undefined && !reader.family && (view.kind === 'family-plan' || view.kind === 'decision-letter')) {
    return c.level === 'everyone' && c.withheldFrom.length === 0;
  }
  if (reader === undefined) {
    // A copy for nobody in particular: the professional minute, or the family's copy kept for the chair to give out,
    // computed as for the shared screen (for everyone, withheld from nobody).
    return view.reading === 'professional' || (c.level === 'everyone' && c.withheldFrom.length === 0);
  }
  if (c.withheldFrom.includes(reader.id)) return false;
  if (!reader.family) return true;
  if (c.level !== 'everyone') return false;
  if (elsewhereInTheFamily(g, reader.id, c)) return false;
  if (someoneElsesSession(g, reader.id, c)) return false;
  if (view.kind === 'minute' && c.nature === 'record') return wasInRoom(g, reader.id, c);
  return true;
}

/**
 * A parent attending separately (bail conditions, domestic abuse) gets their own copy without the other
 * parent's contact details. Whatever its audience, no one else's address reaches someone who attended separately.
 */
function elsewhereInTheFamily(g: Generated, readerId: string, c: Planted): boolean {
  const address = /^adult:(.+):address$/.exec(c.ref ?? '');
  const reader = g.conference.participants.find((p) => p.id === readerId);
  return Boolean(address && reader?.attendance.status === 'attended-separately' && reader.adultId !== address[1]);
}

/**
 * Issue 11: someone heard in a separate session (bail conditions, domestic abuse) was kept apart from the rest of the
 * family. When, how and why they were heard is theirs and the professionals': another family member's copy says only
 * that they attended separately, whatever the reason's audience.
 */
function someoneElsesSession(g: Generated, readerId: string, c: Planted): boolean {
  const reason = /^participants\[(\d+)\]\.attendance\.reason$/.exec(c.path);
  const person = reason ? g.conference.participants[Number(reason[1])] : undefined;
  return person?.attendance.status === 'attended-separately' && person.id !== readerId;
}

/** The entry of `alsoBy` or `supportedBy` a name was planted in: the name is printed only for a person by name. */
function actionPersonAt(g: Generated, path: string): { participantId?: string } | undefined {
  const m = /^plan\.actions\[(\d+)\]\.(alsoBy|supportedBy)\[(\d+)\]\.name$/.exec(path);
  if (!m) return undefined;
  return g.conference.plan.actions[Number(m[1])]?.[m[2] as 'alsoBy' | 'supportedBy'][Number(m[3])];
}

/**
 * Whether the minutes print this field at all. Everything typed is in the minutes, except where the field has no
 * meaning for what was decided, or is not part of the record by design:
 * - nobody's phone number or email is printed in the minutes (they are for the professionals who need to call);
 * - who will lead the help instead of a plan is printed with that help (a Child in Need plan or early help), not
 *   when the meeting chose no further action or nothing;
 * - the name typed as an action's owner is printed only when no participant was chosen as the owner, and so is the
 *   name typed for someone sharing or helping with it;
 * - the Children's Reporter's reason is printed where the nation considers a referral (Scotland) or one was recorded;
 * - a family member's copy lists whose reports the meeting had, not what each person was given or why;
 * - why an agenda item was not taken is printed for the items the chair skipped.
 */
function printedInMinutes(g: Generated, c: Planted, family: boolean): boolean {
  const path = c.path;
  if (/^participants\[\d+\]\.(phone|email)$/.test(path)) return false;
  const decision = /^decisions\[(\d+)\]\.alternativeLead$/.exec(path);
  if (decision) {
    const alternative = g.conference.decisions[Number(decision[1])]?.alternative;
    return alternative === 'child-in-need-plan' || alternative === 'early-help';
  }
  const owner = /^plan\.actions\[(\d+)\]\.ownerName$/.exec(path);
  if (owner) {
    const id = g.conference.plan.actions[Number(owner[1])]?.ownerParticipantId;
    return !g.conference.participants.some((p) => p.id === id);
  }
  const person = actionPersonAt(g, path);
  if (person) return person.participantId === undefined;
  if (path === 'otherDecisions.reporterReason') {
    return (
      g.conference.details.nation === 'scotland' || g.conference.otherDecisions.reporterReferral !== 'not-considered'
    );
  }
  if (family && /^reports\[\d+\]\.sharing\[\d+\]\.reason$/.test(path)) return false;
  const skipped = /^agenda\.items\.([^.]+)\.skippedReason$/.exec(path);
  if (skipped) return g.conference.agenda.items[skipped[1]!]?.status === 'skipped';
  return true;
}

/**
 * Whether the family plan prints this field: the outcomes, support and contingency when some child the entry is for has
 * a plan after the meeting (a plan that ends, or was never needed, has no actions to give out); an action also when it
 * was agreed at this meeting only for children without a plan (a pre-birth assessment for a baby under a Child in Need
 * plan: issue 11, it has a part of its own), with the names typed for the people sharing or helping with it; where the
 * core group meets, when a child has a plan.
 */
function printedInFamilyPlan(g: Generated, c: Planted): boolean {
  const withPlan = g.conference.decisions
    .filter((d) => d.outcome === 'plan-needed' || d.outcome === 'plan-continues')
    .map((d) => d.childId);
  if (c.path === 'coreGroup.venue') return withPlan.length > 0;
  const person = actionPersonAt(g, c.path);
  if (person && person.participantId !== undefined) return false;
  const entry = /^plan\.(outcomes|actions|support|contingency)\[(\d+)\]\.(text|what|if|then|alsoBy|supportedBy)/.exec(
    c.path,
  );
  if (!entry) return false;
  const list = g.conference.plan[entry[1] as 'outcomes' | 'actions' | 'support' | 'contingency'];
  const item = list[Number(entry[2])];
  const childIds = item && 'childIds' in item ? item.childIds : [];
  const forSomeoneWithPlan =
    withPlan.length > 0 && (childIds.length === 0 || childIds.some((id) => withPlan.includes(id)));
  if (forSomeoneWithPlan) return true;
  // An action agreed now for children none of whom has a plan is written in its own part; one carried from the last
  // plan ends with the plan (its progress is in the minutes).
  return entry[1] === 'actions' && item !== undefined && 'carriedForward' in item && !item.carriedForward;
}

/** Texts a minute or a family plan must hold, when its reader may see them. */
function mustAppear(g: Generated, view: DocumentView, reader: Reader, c: Planted): boolean {
  if (!mayReceive(g, view, reader, c)) return false;
  if (view.kind === 'minute') return c.level !== 'restricted' && printedInMinutes(g, c, view.reading === 'family');
  if (view.kind === 'family-plan') return printedInFamilyPlan(g, c);
  return false;
}

function readersOf(g: Generated, view: DocumentView): Reader[] {
  return view.recipients.length
    ? view.recipients.map((p) => ({ id: p.id, family: g.familySide.has(p.id) }))
    : [undefined];
}

export function documentProblems(
  g: Generated,
  views: readonly DocumentView[],
  texts: ReadonlyMap<DocumentView, string>,
): string[] {
  const problems: string[] = [];
  const who = (r: Reader) => (r ? r.id : 'nobody in particular');
  for (const view of views) {
    const text = texts.get(view) ?? '';
    for (const reader of readersOf(g, view)) {
      for (const c of g.planted) {
        // A field this test cannot name is reported by enumerationProblems; its audience is unknown here.
        if (c.ref === undefined) continue;
        const found = text.includes(c.token);
        const label = named(c);
        if (found && !mayReceive(g, view, reader, c)) {
          problems.push(`LEAK ${label} in ${view.fileName} (${view.reading}) for ${who(reader)}`);
        } else if (!found && mustAppear(g, view, reader, c)) {
          problems.push(`MISSING ${label} from ${view.fileName} (${view.reading}) for ${who(reader)}`);
        }
      }
    }
  }

  // The professional minute holds everything not restricted and withheld from no professional; the annex holds
  // everything restricted.
  const minute = views.find((v) => v.fileName === 'minute.docx');
  const annex = views.find((v) => v.reading === 'annex');
  if (!minute) problems.push('No minute.docx was written.');
  for (const c of g.planted.filter((x) => x.ref !== undefined)) {
    if (c.level === 'restricted') {
      if (!annex) problems.push(`No restricted annex, yet ${c.token} (${c.ref}) is restricted.`);
      else if (!(texts.get(annex) ?? '').includes(c.token)) problems.push(`MISSING ${named(c)} from ${annex.fileName}`);
    } else if (minute && !c.withheldFrom.some((id) => g.professionals.includes(id)) && printedInMinutes(g, c, false)) {
      if (!(texts.get(minute) ?? '').includes(c.token)) problems.push(`MISSING ${named(c)} from minute.docx`);
    }
  }
  if (annex) {
    for (const p of annex.recipients) {
      if (g.familySide.has(p.id)) problems.push(`${annex.fileName} lists ${p.id}, a family member, as a recipient.`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Issue 11: an adult's date of birth is an identity fact. The professional minute has every adult's; a family member's
 * copy of the minutes has only their own; no family plan, letter, annex or shared screen has any. Dates are not
 * planted (they are not free text), so each adult has a distinct one, looked for as the documents print dates.
 */
export function birthDateProblems(
  g: Generated,
  views: readonly DocumentView[],
  texts: ReadonlyMap<DocumentView, string>,
): string[] {
  const problems: string[] = [];
  const adults = g.conference.adults.filter((a) => a.dateOfBirth !== undefined);
  const screens = sharedScreenViews(g.conference);
  for (const adult of adults) {
    const printed = formatDateLong(adult.dateOfBirth);
    const whose = `${adult.id}’s date of birth (${printed})`;
    for (const view of views) {
      const found = (texts.get(view) ?? '').includes(printed);
      if (view.kind === 'minute' && view.reading === 'professional') {
        if (!found) problems.push(`MISSING ${whose} from ${view.fileName} (professional)`);
        continue;
      }
      const own =
        view.kind === 'minute' && view.reading === 'family' && view.recipients.every((p) => p.adultId === adult.id);
      if (own && !found) problems.push(`MISSING ${whose} from ${view.fileName}, the adult’s own copy`);
      if (!own && found) problems.push(`LEAK ${whose} in ${view.fileName} (${view.reading})`);
    }
    for (const screen of screens) {
      if (screen.text.includes(printed)) problems.push(`LEAK ${whose} on the shared screen: ${screen.name}`);
    }
  }
  return problems;
}

/** The documents written match the distribution list: each person receives exactly what their line says. */
export function distributionProblems(g: Generated, views: readonly DocumentView[]): string[] {
  const problems: string[] = [];
  const kinds = {
    minutes: 'minute',
    'family-plan': 'family-plan',
    'decision-letter': 'decision-letter',
    'restricted-annex': 'restricted-annex',
  } as const;
  for (const line of distributionList(g.conference)) {
    for (const [document, kind] of Object.entries(kinds)) {
      const sent = views.some((v) => v.kind === kind && v.recipients.some((p) => p.id === line.participant.id));
      const listed = line.receives.includes(document as keyof typeof kinds);
      const written = views.some((v) => v.kind === kind);
      if (listed && !sent && written)
        problems.push(`${line.participant.id} should receive a ${kind} but none lists them.`);
      if (!listed && sent)
        problems.push(`${line.participant.id} is sent a ${kind} the distribution list does not give them.`);
    }
  }
  return problems;
}

/** Every shared-screen view: only text for everyone, withheld from nobody; the analysis board shows what it may. */
export function sharedScreenProblems(g: Generated): string[] {
  const problems: string[] = [];
  const screens = sharedScreenViews(g.conference);
  for (const screen of screens) {
    for (const c of g.planted) {
      if (c.ref === undefined) continue;
      if ((c.level !== 'everyone' || c.withheldFrom.length > 0) && screen.text.includes(c.token)) {
        problems.push(`LEAK ${named(c)} on the shared screen: ${screen.name}`);
      }
    }
  }
  const onAgenda = agendaFor(g.conference.details.type, g.conference.details.nation).some((i) => i.key === 'analysis');
  const board = screens.find((s) => s.name === 'agenda: analysis');
  if (!g.sessionOpen && onAgenda && board) {
    for (const c of g.planted) {
      if (!/^(worry|strength|safetyGoal):/.test(c.ref ?? '')) continue;
      if (c.level === 'everyone' && c.withheldFrom.length === 0 && !board.text.includes(c.token)) {
        problems.push(`MISSING ${named(c)} from the shared screen’s analysis board`);
      }
    }
  }
  return problems;
}

/** Every planted field is one capturedTexts lists, under the reference this test expects, with the same audience. */
export function enumerationProblems(g: Generated): string[] {
  const problems: string[] = [];
  const texts = capturedTexts(g.conference, { includeEmpty: true });
  const byRef = new Map(texts.map((t) => [t.ref, t]));
  for (const c of g.planted) {
    if (c.ref === undefined) {
      const where = texts.find((t) => t.texts.some((x) => x.includes(c.token)));
      problems.push(
        `${c.path} holds free text this test cannot name${where ? ` (capturedTexts calls it ${where.ref})` : ' and capturedTexts does not list it'}: add it to capturedTexts and to planted.ts.`,
      );
      continue;
    }
    const text = byRef.get(c.ref);
    if (!text?.texts.some((x) => x.includes(c.token))) {
      const where = texts.find((t) => t.texts.some((x) => x.includes(c.token)));
      problems.push(`capturedTexts misses ${c.path} under ${c.ref}${where ? ` (it is under ${where.ref})` : ''}.`);
      continue;
    }
    const same =
      text.audience.level === c.level &&
      [...text.audience.withheldFrom].sort().join() === [...c.withheldFrom].sort().join();
    if (!same) {
      problems.push(
        `${c.ref}: capturedTexts resolves ${JSON.stringify(text.audience)}, the issue's rules give ${JSON.stringify({ level: c.level, withheldFrom: c.withheldFrom })}.`,
      );
    }
  }
  return [...new Set(problems)];
}

/** How often a run reached each rule, so that the test can show its runs were not all trivially empty. */
export type Coverage = {
  recordLeftOutOfFamilyMinutesByTime: number;
  recordKeptInFamilyMinutesByTime: number;
  recordWithoutTimeJudgedByAgendaItem: number;
  withheldFromAFamilyRecipient: number;
  withheldFromAProfessionalRecipient: number;
  professionalsOnly: number;
  restrictedInTheAnnex: number;
  closedSessionText: number;
  attendedSeparatelyWithOwnMinutes: number;
  /** A separate session's reason, for everyone, kept out of another family member's minutes (issue 11). */
  sessionReasonKeptFromAnotherFamilyMember: number;
  /** An adult's own date of birth in their own copy of the minutes (issue 11). */
  ownDateOfBirthInOwnCopy: number;
  /** A name typed for someone sharing or helping with an action, printed (issue 11). */
  actionPersonByName: number;
  /** An action only for children without a plan, in a family plan (issue 11). */
  actionWithoutPlanInFamilyPlan: number;
  summerTime: number;
};

export function coverageOf(g: Generated, views: readonly DocumentView[]): Coverage {
  const coverage: Coverage = {
    recordLeftOutOfFamilyMinutesByTime: 0,
    recordKeptInFamilyMinutesByTime: 0,
    recordWithoutTimeJudgedByAgendaItem: 0,
    withheldFromAFamilyRecipient: 0,
    withheldFromAProfessionalRecipient: 0,
    professionalsOnly: g.planted.filter((c) => c.level === 'professionals').length,
    restrictedInTheAnnex: views.some((v) => v.reading === 'annex')
      ? g.planted.filter((c) => c.level === 'restricted').length
      : 0,
    closedSessionText: g.planted.filter((c) => c.closedSessionId !== undefined).length,
    attendedSeparatelyWithOwnMinutes: 0,
    sessionReasonKeptFromAnotherFamilyMember: 0,
    ownDateOfBirthInOwnCopy: 0,
    actionPersonByName: g.planted.filter((c) => {
      const person = actionPersonAt(g, c.path);
      return person !== undefined && person.participantId === undefined;
    }).length,
    actionWithoutPlanInFamilyPlan: 0,
    summerTime: g.day.offset === '+01:00' ? 1 : 0,
  };
  const withPlan = new Set(
    g.conference.decisions
      .filter((d) => d.outcome === 'plan-needed' || d.outcome === 'plan-continues')
      .map((d) => d.childId),
  );
  const apart = g.conference.plan.actions.filter(
    (a) =>
      !a.carriedForward &&
      (a.childIds.length ? a.childIds : g.conference.children.map((c) => c.id)).every((id) => !withPlan.has(id)),
  );
  if (views.some((v) => v.kind === 'family-plan')) coverage.actionWithoutPlanInFamilyPlan = apart.length;
  for (const view of views) {
    for (const person of view.recipients) {
      const family = g.familySide.has(person.id);
      for (const c of g.planted) {
        if (c.withheldFrom.includes(person.id)) {
          if (family) coverage.withheldFromAFamilyRecipient += 1;
          else coverage.withheldFromAProfessionalRecipient += 1;
        }
        if (!family || view.kind !== 'minute' || c.nature !== 'record' || c.level !== 'everyone') continue;
        if (c.withheldFrom.includes(person.id)) continue;
        if (wasInRoom(g, person.id, c)) coverage.recordKeptInFamilyMinutesByTime += 1;
        else coverage.recordLeftOutOfFamilyMinutesByTime += 1;
        if (c.at === undefined) coverage.recordWithoutTimeJudgedByAgendaItem += 1;
      }
      if (family && view.kind === 'minute' && person.attendance.status === 'attended-separately') {
        coverage.attendedSeparatelyWithOwnMinutes += 1;
      }
      if (family && view.kind === 'minute') {
        coverage.sessionReasonKeptFromAnotherFamilyMember += g.planted.filter(
          (c) => c.level === 'everyone' && !c.withheldFrom.includes(person.id) && someoneElsesSession(g, person.id, c),
        ).length;
        if (person.adultId && g.conference.adults.some((a) => a.id === person.adultId && a.dateOfBirth)) {
          coverage.ownDateOfBirthInOwnCopy += 1;
        }
      }
    }
  }
  return coverage;
}

/**
 * Breaches from many runs, grouped by kind (the same breach of the same field in the same kind of document), each
 * group with its count and one example in full.
 */
export function groupProblems(found: readonly { run: number; problem: string }[]): string[] {
  const groups = new Map<string, { count: number; example: string }>();
  for (const { run, problem } of found) {
    const kind = problem
      .replace(/CNRY\d+Z/g, '…')
      .replace(/\[\d+\]/g, '[]')
      .replace(/(minutes?|family-plan|decision-letter)-[a-z0-9-]+\.docx/g, '$1-<name>.docx')
      .replace(/ → [^)]*\)/g, ')')
      .replace(/ for (p-[a-z]+|nobody in particular)/g, '');
    const group = groups.get(kind) ?? { count: 0, example: `run ${run}: ${problem}` };
    group.count += 1;
    groups.set(kind, group);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([kind, { count, example }]) => `${count}× ${kind}\n    e.g. ${example}`);
}
