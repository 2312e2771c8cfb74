/**
 * Schema version 1 → 2: audiences (issue #10).
 *
 * Version 1 marked sensitive items with `restricted: true` on a few kinds of record and held one sharing date per
 * report. Version 2 gives every piece of captured text one audience (`conference.captures`, see ../audience.ts) and
 * records report sharing per family member. Each part of the step is its own function so that it can be tested
 * alone; the step works on plain JSON (the file as read), before the schema is applied.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export function v1ToV2(data: Json): Json {
  let next: Json = { ...data };
  next = moveRestrictedFlagsToAudiences(next);
  next = reportSharingPerRecipient(next);
  return next;
}

/**
 * `restricted: true` on a note, a child's views, an analysis entry or another child becomes a restricted audience in
 * `captures`, keyed by the item's reference. A note taken in a closed session was always restricted in version 1 and
 * keeps that default (shared/audience/captured.ts), so it needs no entry.
 */
export function moveRestrictedFlagsToAudiences(data: Json): Json {
  const captures: Json = isObject(data.captures) ? { ...data.captures } : {};
  const restrict = (ref: string) => {
    const existing = isObject(captures[ref]) ? captures[ref] : {};
    captures[ref] = { ...existing, audience: { level: 'restricted', withheldFrom: [] } };
  };
  const strip = (items: Json[], prefix: string): Json[] =>
    items.map((item) => {
      const { restricted, ...rest } = item;
      if (restricted === true && typeof item.id === 'string') restrict(`${prefix}:${item.id}`);
      return rest;
    });
  const next: Json = { ...data };
  if (Array.isArray(data.notes)) next.notes = strip(objects(data.notes), 'note');
  if (Array.isArray(data.childVoices)) next.childVoices = strip(objects(data.childVoices), 'childVoice');
  if (Array.isArray(data.otherChildren)) next.otherChildren = strip(objects(data.otherChildren), 'otherChild');
  if (isObject(data.analysis)) {
    const a = data.analysis;
    next.analysis = {
      ...a,
      ...(Array.isArray(a.worries) ? { worries: strip(objects(a.worries), 'worry') } : {}),
      ...(Array.isArray(a.strengths) ? { strengths: strip(objects(a.strengths), 'strength') } : {}),
      ...(Array.isArray(a.safetyGoals) ? { safetyGoals: strip(objects(a.safetyGoals), 'safetyGoal') } : {}),
    };
  }
  next.captures = captures;
  return next;
}

/**
 * One date per report becomes one entry per family member (`report.sharing`).
 *
 * Version 1 recorded when a report reached "the family", which in practice meant the parents who were invited. So
 * `sharedWithFamilyOn` becomes a 'full' entry with that date for each family participant who has parental
 * responsibility (through their household adult) and was invited; where no participant meets that test (parental
 * responsibility not yet recorded, say), for every participant of kind 'family'. A `notSharedReason` with no date
 * becomes a 'not-shared' entry with that reason for the same people. A reason beside a date was never shown or
 * printed in version 1 (the field hid once a date was entered), so it is dropped. A report with neither, or a file
 * with no family participants, has no entries: nothing is recorded yet. Entries already present are kept.
 *
 * Written against the version 1 shape as read from disk, not the current schema, so that later schema changes
 * cannot change what this step does.
 */
export function reportSharingPerRecipient(data: Json): Json {
  if (!Array.isArray(data.reports)) return data;
  const adults = objects(data.adults);
  const family = objects(data.participants).filter((p) => p.kind === 'family' && typeof p.id === 'string');
  const hasParentalResponsibility = (p: Json) =>
    adults.some((a) => a.id === p.adultId && typeof p.adultId === 'string' && a.parentalResponsibility === true);
  // A participant with no attendance yet is 'expected' (the v1 default): invited.
  const invited = (p: Json) => !isObject(p.attendance) || p.attendance.status !== 'not-invited';
  const parents = family.filter((p) => hasParentalResponsibility(p) && invited(p));
  const recipients = (parents.length ? parents : family).map((p) => p.id as string);

  const reports = data.reports.map((report: unknown) => {
    if (!isObject(report)) return report;
    const { sharedWithFamilyOn, notSharedReason, ...rest } = report;
    if (Array.isArray(rest.sharing)) return rest;
    const reason = typeof notSharedReason === 'string' ? notSharedReason : '';
    const sharing =
      typeof sharedWithFamilyOn === 'string' && sharedWithFamilyOn !== ''
        ? // A reason typed beside a date is kept (as each entry's note, professionals only), never dropped.
          recipients.map((participantId) => ({ participantId, sharedOn: sharedWithFamilyOn, version: 'full', reason }))
        : reason.trim()
          ? recipients.map((participantId) => ({ participantId, version: 'not-shared', reason }))
          : [];
    return { ...rest, sharing };
  });
  return { ...data, reports };
}
