import { formatDate } from '../../../../shared/format/dates';
import { agencyLabel } from '../../../../shared/meeting/attendance';
import { Agency, Report, type Conference } from '../../../../shared/model/conference';
import { newId } from '../../../../shared/model/ids';
import { IsoDate } from '../../../../shared/model/primitives';
import { isReportLate, reportSharingDeadline } from '../../../../shared/procedure/deadlines';
import { SelectField, TextField } from '../../components/fields';
import { appendListItem, patchListItem, removeListItem } from '../../store/edits';
import { useEdit } from './use-setup';

export function ReportsForm({ conference }: { conference: Conference }) {
  const edit = useEdit();
  const { nation, type, date } = conference.details;
  const latest = reportSharingDeadline(nation, type, date);
  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports</h2>
      {latest && (
        <p className="muted">
          Reports should reach the family by <strong>{formatDate(latest)}</strong> so that they can read them before the
          conference.
        </p>
      )}
      {conference.reports.map((report, i) => {
        const set = (patch: Partial<Report>) => edit(patchListItem('reports', report.id, patch));
        const at = `reports[${i}]`;
        const late = report.sharedWithFamilyOn ? isReportLate(nation, type, date, report.sharedWithFamilyOn) : false;
        return (
          <fieldset key={report.id} className="record">
            <legend>
              {agencyLabel[report.agency]} report{report.author ? ` by ${report.author}` : ''}
              {late && <span className="tag tag--late"> Shared late</span>}
              {!report.sharedWithFamilyOn && <span className="tag tag--warn"> Not yet shared with the family</span>}
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
              <TextField
                label="Shared with the family"
                name={`${at}.sharedWithFamilyOn`}
                type="date"
                schema={IsoDate}
                value={report.sharedWithFamilyOn ?? ''}
                problem={
                  late && latest
                    ? `Shared after ${formatDate(latest)}: the family had less time than the procedure gives.`
                    : undefined
                }
                onCommit={(v) => set({ sharedWithFamilyOn: v || undefined })}
              />
            </div>
            {!report.sharedWithFamilyOn && (
              <TextField
                label="Why not shared"
                name={`${at}.notSharedReason`}
                value={report.notSharedReason}
                onCommit={(notSharedReason) => set({ notSharedReason })}
              />
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
