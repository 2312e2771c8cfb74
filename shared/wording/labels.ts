import type { z } from 'zod';
import type { AudienceLevel, DistributedDocument } from '../model/audience';
import type {
  Agency,
  AttendanceStatus,
  ChildVoiceMethod,
  ConferenceType,
  ExclusionCriterion,
  JoinedBy,
  JoinMode,
  Nation,
  OtherDecisions,
  ParticipantKind,
  Rag,
  Referral,
  ReportVersion,
} from '../model/conference';
import type { TimescaleUnit } from '../model/procedure-settings';

/**
 * Every choice the app offers, in words: one table for each, read by the chair's window, the shared screen and the
 * documents, so a choice made on a form is printed in the same words the chair picked. Where a family must read it,
 * the words are the plain ones; a statutory name stays beside them where a parent will meet it elsewhere (a
 * solicitor's letter says "Public Law Outline").
 */

export const nationLabel: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** What the meeting is called, in each nation's own words (Scotland: Child Protection Planning Meeting). */
export function conferenceTypeLabel(type: ConferenceType, nation: Nation): string {
  if (nation === 'scotland') {
    return {
      initial: 'Initial child protection planning meeting',
      review: 'Review child protection planning meeting',
      'pre-birth': 'Pre-birth child protection planning meeting',
      'transfer-in': 'Transfer child protection planning meeting',
    }[type];
  }
  if (nation === 'northern-ireland') {
    return {
      initial: 'Initial child protection case conference',
      review: 'Review child protection case conference',
      'pre-birth': 'Pre-birth child protection case conference',
      'transfer-in': 'Transfer-in child protection case conference',
    }[type];
  }
  return {
    initial: 'Initial child protection conference',
    review: 'Review child protection conference',
    'pre-birth': 'Pre-birth child protection conference',
    'transfer-in': 'Transfer-in child protection conference',
  }[type];
}

/** Who may see a piece of text, in the words of the audience control, the redaction preview and the documents. */
export const audienceLevelLabel: Record<AudienceLevel, string> = {
  everyone: 'Everyone',
  professionals: 'Professionals only',
  restricted: 'Restricted (annex only)',
};

/** What each audience means, said once where the chair chooses it. */
export const audienceLevelHint: Record<AudienceLevel, string> = {
  everyone: 'Everyone at the conference, the family included, and the shared screen.',
  professionals: 'The professional minute only: never in a family document or on the shared screen.',
  restricted: 'The restricted annex only, which goes to the professionals you choose.',
};

/** "Everyone · Not for: Gary Wren, Maureen Wren": the audience of one text in a line. */
export function audienceWords(level: AudienceLevel, withheldFromNames: readonly string[]): string {
  const words = audienceLevelLabel[level];
  return withheldFromNames.length ? `${words} · Not for: ${withheldFromNames.join(', ')}` : words;
}

/**
 * How a child's views reached the meeting, in the chair's words: one list for the setup form and the meeting's
 * capture, so the chair never meets two vocabularies for one choice. (Family documents and the shared screen say it
 * in the family's words, sentences.ts `childVoiceMethodWords`.)
 */
export const childVoiceMethodLabel: Record<ChildVoiceMethod, string> = {
  attended: 'Came to the meeting',
  advocate: 'Through an advocate',
  'direct-work': 'Direct work (e.g. Three Houses)',
  observation: 'Observation (very young child)',
  letter: 'Letter or message',
  other: 'Other',
};

export const distributedDocumentLabel: Record<DistributedDocument, string> = {
  'decision-letter': 'Decision letter',
  'family-plan': 'Family plan',
  minutes: 'Minutes',
  'restricted-annex': 'Restricted annex',
  'child-letter': 'Letter for the child',
};

export const attendanceLabel: Record<AttendanceStatus, string> = {
  expected: 'Expected',
  present: 'Present',
  part: 'Present for part',
  'left-early': 'Left early',
  remote: 'Joined remotely',
  'attended-separately': 'Attended separately',
  'apologies-with-report': 'Apologies, sent a report',
  'apologies-no-report': 'Apologies, no report',
  'report-only': 'Report only',
  'invited-absent': 'Invited, did not attend',
  'not-invited': 'Not invited',
  'excluded-part': 'Excluded for part',
  'excluded-whole': 'Excluded',
  'child-not-attending': 'Not attending: views shared another way',
};

/** How someone joined a separate session (or the meeting, where it was not the meeting's own way). */
export const joinedByLabel: Record<JoinedBy, string> = {
  'in-person': 'In person',
  video: 'By video',
  phone: 'By phone',
};

/** How the meeting is held: the setup form and the minute. */
export const joinModeLabel: Record<JoinMode, string> = {
  'in-person': 'In person',
  video: 'By video',
  hybrid: 'In person and by video',
};

export const agencyLabel: Record<Agency, string> = {
  'childrens-social-care': 'Children’s social care',
  police: 'Police',
  'health-visiting': 'Health visiting',
  'school-nursing': 'School nursing',
  midwifery: 'Midwifery',
  gp: 'GP',
  paediatrics: 'Paediatrics',
  school: 'School',
  'early-years': 'Nursery / early years',
  'adult-substance-misuse': 'Adult substance misuse service',
  'adult-mental-health': 'Adult mental health service',
  probation: 'Probation',
  housing: 'Housing',
  'domestic-abuse-service': 'Domestic abuse service',
  'family-support': 'Family support',
  legal: 'Legal services',
  other: 'Other agency',
};

export const participantKindLabel: Record<ParticipantKind, string> = {
  family: 'Family member',
  professional: 'Professional',
  child: 'Child or young person',
  advocate: 'Advocate',
  interpreter: 'Interpreter',
  supporter: 'Supporter',
};

/**
 * Why someone was kept out of all or part of the meeting: the reason the chair picks in setup and the one the
 * professionals' minute prints. A family member may be shown this reason, so it names no one and blames no one.
 */
export const exclusionCriterionLabel: Record<ExclusionCriterion, string> = {
  'risk-of-violence': 'Risk of violence or threats',
  'prejudicial-to-child': 'Their being there would not be in the child’s interests',
  'child-wishes': 'The child asked to speak without them',
  'confidential-police-or-legal-information': 'Confidential police or legal information',
  'family-conflict': 'Conflict between family members',
  other: 'Another reason',
};

/** What a shared report was, for each family member who received it. */
export const reportVersionLabel: Record<ReportVersion, string> = {
  full: 'Full report',
  summary: 'Summary',
  'not-shared': 'Not shared',
};

/**
 * Whether the court is involved: the decision editor's choices and the minute. "Pre-proceedings" is what the letter a
 * parent receives calls it; the Public Law Outline is the rule behind it, which their solicitor will name.
 */
export const legalPlanningLabel: Record<z.infer<typeof OtherDecisions>['legalPlanning'], string> = {
  none: 'None',
  'legal-planning-meeting': 'Legal planning meeting',
  'pre-proceedings': 'Pre-proceedings (Public Law Outline)',
  proceedings: 'Care proceedings',
};

/** Scotland: whether the child is referred to the Children’s Reporter. */
export const reporterReferralLabel: Record<z.infer<typeof OtherDecisions>['reporterReferral'], string> = {
  'not-considered': 'Not yet considered',
  'referral-made': 'Referral to be made',
  'not-needed': 'Considered; not needed',
};

export const referralLabel: Record<z.infer<typeof Referral>['kind'], string> = {
  'mash-other-children': 'Referral to the MASH (safeguarding hub) about other children',
  marac: 'Referral to MARAC (a meeting about domestic abuse risk)',
  'family-group-conference': 'Family group conference',
  'childrens-reporter': 'Referral to the Children’s Reporter',
  other: 'Other referral',
};

/** A progress rating's colour, where the colour itself is shown (the minute, the rating buttons). */
export const ragLabel: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** The units a local timescale can be set in, as the settings screen offers them. */
export const timescaleUnitLabel: Record<TimescaleUnit, string> = {
  'working-days': 'working days',
  'calendar-days': 'calendar days',
  weeks: 'weeks',
  months: 'months',
  'weeks-of-pregnancy': 'weeks of pregnancy',
};
