import { useMemo } from 'react';
import { formatDate } from '@shared/format/dates';
import { agencyLabel, reportVersionLabel } from '@shared/wording/labels';
import { Agency, Report, ReportVersion, type Conference, type ReportSharing } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import { IsoDate } from '@shared/model/primitives';
import { reportSharingByRecipient, reportSharingRule } from '@shared/procedure/deadlines';
import { describeAmount } from '@shared/procedure/profiles';
import type { RecipientSharing } from '@shared/procedure/report-sharing';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { appendListItem, patchListItem, removeListItem } from '../../store/edits';
import { useEdit } from './use-setup';

const REASON_LABEL: Record<ReportVersion, string> = {
  full: 'Note',
  summary: 'What the summary leaves out',
  'not-shared': 'Why not shared',
};

const people = (n: number) => (n === 1 ? '1 family member' : `${n} family members`);

/** Reasons are printed in the minutes, which family members receive: the hint says so. */
const REASON_HINT = 'Printed in the professionals’ minutes; a family member sees it only if you change who sees it.';

/** One family member's row: what they were given, when, and the lateness message beside the date. */
function RecipientRow({
  at,
  audienceRef,
  recipient,
  onChange,
}: {
  at: string;
  /** The reason's reference in `captures`: who may see it. */
  audienceRef: string;
  recipient: RecipientSharing;
  onChange: (patch: Partial<ReportSharing>) => void;
}) {
  const version = recipient.version ?? 'full';
  const shared = version !== 'not-shared';
  const dated = recipient.status === 'in-time' || recipient.status === 'late' || recipient.status === 'shared';
  const missing = recipient.expected && recipient.status === 'not-recorded';
  // Beside the date: the lateness message (as a problem when late), or a reminder that a parent's date is missing.
  const hint = (dated && !recipient.late) || missing ? recipient.message : undefined;
  return (
    <fieldset className="form-row">
      <legend>{recipient.name}</legend>
      <SelectField
        label="Version"
        name={`${at}.version`}
        value={version}
        options={ReportVersion.options.map((v) => ({ value: v, label: reportVersionLabel[v] }))}
        problem={recipient.status === 'not-shared' && !recipient.reason.trim() ? recipient.message : undefined}
        onCommit={(next) => onChange({ version: next })}
      />
      {shared && (
        <TextField
          label="Date shared"
          name={`${at}.sharedOn`}
          type="date"
          schema={IsoDate}
          value={recipient.sharedOn ?? ''}
          {...(hint ? { hint } : {})}
          problem={recipient.late ? recipient.message : undefined}
          onCommit={(v) => onChange({ sharedOn: v || undefined })}
        />
      )}
      {(version !== 'full' || recipient.reason) && (
        <TextField
          label={REASON_LABEL[version]}
          name={`${at}.reason`}
          value={recipient.reason}
          hint={REASON_HINT}
          aside={<AudienceControl textRef={audienceRef} what={`the reason for ${recipient.name}`} />}
          onCommit={(reason) => onChange({ reason })}
        />
      )}
    </fieldset>
  );
}

export function ReportsForm({ conference }: { conference: Conference }) {
  const edit = useEdit();
  const timescales = useAppStore((s) => s.settings.procedure.timescales);
  const { nation, type, date } = conference.details;
  const rule = reportSharingRule(nation, type, date, timescales);
  const judged = useMemo(() => reportSharingByRecipient(conference, timescales), [conference, timescales]);
  /** Edits one family member's entry in the latest copy of the report, creating it on the first edit. */
  const setSharing = (reportId: string, participantId: string, patch: Partial<ReportSharing>) =>
    edit((c) => {
      const sharing = c.reports.find((r) => r.id === reportId)?.sharing ?? [];
      const existing = sharing.find((s) => s.participantId === participantId);
      const next = existing
        ? sharing.map((s) => (s.participantId === participantId ? { ...s, ...patch } : s))
        : [...sharing, { participantId, version: 'full' as const, reason: '', ...patch }];
      return patchListItem('reports', reportId, { sharing: next })(c);
    });
  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports</h2>
      {rule && (
        <p className="muted">
          Reports should reach each family member by <strong>{formatDate(rule.dueOn)}</strong> (
          {describeAmount(rule.amount, rule.unit)} before the conference) so that they can read them first. Record each
          person separately: a report may go to one parent only, or as a summary without a restricted section.
        </p>
      )}
      {judged.map(({ report, recipients }, i) => {
        const set = (patch: Partial<Report>) => edit(patchListItem('reports', report.id, patch));
        const at = `reports[${i}]`;
        const lateFor = recipients.filter((x) => x.late).length;
        const unrecorded = recipients.filter((x) => x.expected && x.status === 'not-recorded').length;
        return (
          <fieldset key={report.id} className="record">
            <legend>
              {agencyLabel[report.agency]} report{report.author ? ` by ${report.author}` : ''}
              {lateFor > 0 && <span className="tag tag--late"> Late for {people(lateFor)}</span>}
              {unrecorded > 0 && <span className="tag tag--warn"> Not yet recorded for {people(unrecorded)}</span>}
            </legend>
            <div className="form-grid">
              <SelectField
                label="Agency"
                name={`${at}.agency`}
                value={report.agency}
                options={Agency.options.map((g) => ({ value: g, label: agencyLabel[g] }))}
                onCommit={(agency) => set({ agency })}
              />
              <TextField
                label="Author"
                name={`${at}.author`}
                value={report.author}
                aside={<AudienceControl textRef={`report:${report.id}`} what="who wrote the report" />}
                onCommit={(author) => set({ author })}
              />
              <TextField
                label="Received"
                name={`${at}.receivedOn`}
                type="date"
                schema={IsoDate}
                value={report.receivedOn ?? ''}
                onCommit={(v) => set({ receivedOn: v || undefined })}
              />
            </div>
            {recipients.length ? (
              recipients.map((recipient) => (
                <RecipientRow
                  key={recipient.participantId}
                  at={`${at}.sharing.${recipient.participantId}`}
                  audienceRef={`report:${report.id}:sharing:${recipient.participantId}`}
                  recipient={recipient}
                  onChange={(patch) => setSharing(report.id, recipient.participantId, patch)}
                />
              ))
            ) : (
              <p className="muted">
                Add the family members under Participants to record when this report reached each.
              </p>
            )}
            <button type="button" className="button--quiet" onClick={() => edit(removeListItem('reports', report.id))}>
              Remove report
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          edit(appendListItem('reports', Report.parse({ id: newId('report'), agency: 'childrens-social-care' })))
        }
      >
        Add a report
      </button>
    </section>
  );
}
