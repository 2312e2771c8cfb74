import { useEffect, useState } from 'react';
import type { Failure } from '@shared/api/result';
import { ConferenceType, Nation } from '@shared/model/conference';
import type { ConferenceSummary } from '@shared/model/factory';
import { formatDate, todayIso } from '@shared/format/dates';
import { conferenceTypeLabel, nationLabel } from '@shared/wording/labels';
import { IsoDate } from '@shared/model/primitives';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';
import { SelectField, TextField } from '../components/fields';
import { useAppStore } from '../store';

const typeOptions = ConferenceType.options.map((t) => ({ value: t, label: conferenceTypeLabel(t, 'england') }));
const nationOptions = Nation.options.map((n) => ({ value: n, label: nationLabel[n] }));

function describe(summary: ConferenceSummary): string {
  const who = summary.childrenNames.length ? summary.childrenNames.join(', ') : 'no children added yet';
  return `${conferenceTypeLabel(summary.type, summary.nation)} on ${formatDate(summary.date)} (${who})`;
}

function NewConferenceForm() {
  const createConference = useAppStore((s) => s.createConference);
  const [type, setType] = useState<ConferenceType>('initial');
  const homeNation = useAppStore((s) => s.settings.homeNation);
  const [nation, setNation] = useState<Nation>(homeNation);
  // Settings arrive after the first paint: follow the organisation's nation until the chair picks another.
  useEffect(() => setNation(homeNation), [homeNation]);
  const [date, setDate] = useState(todayIso());
  const [message, setMessage] = useState<string | null>(null);

  return (
    <form
      className="card new-conference"
      aria-labelledby="new-conference-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!IsoDate.safeParse(date).success) {
          setMessage('Enter the conference date before creating it.');
          return;
        }
        void createConference({ type, nation, date }).then((f) => setMessage(f ? f.message : null));
      }}
    >
      <h2 id="new-conference-title">New conference</h2>
      <div className="form-row">
        <SelectField label="Type" name="type" value={type} options={typeOptions} onCommit={setType} />
        <SelectField label="Nation" name="nation" value={nation} options={nationOptions} onCommit={setNation} />
        <TextField label="Date" name="date" type="date" value={date} schema={IsoDate} onCommit={setDate} />
      </div>
      {message && (
        <p className="form-message" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="button--primary">
        Create conference
      </button>
    </form>
  );
}

export function HomeScreen() {
  const home = useAppStore((s) => s.home);
  const refresh = useAppStore((s) => s.refreshHome);
  const navigate = useAppStore((s) => s.navigate);
  const deleteConference = useAppStore((s) => s.deleteConference);
  const restoreFromBin = useAppStore((s) => s.restoreFromBin);
  const [toDelete, setToDelete] = useState<ConferenceSummary | null>(null);
  const [toReview, setToReview] = useState<ConferenceSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <main className="home" id="main">
      <div className="home__title">
        <h1>Conferences</h1>
        <button type="button" onClick={() => navigate({ name: 'settings' })}>
          Settings
        </button>
      </div>
      <NewConferenceForm />

      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent conferences</h2>
        {message && <p role="status">{message}</p>}
        {home.failure && <p role="alert">{home.failure.message}</p>}
        {home.loaded && home.conferences.length === 0 && <p>No conferences yet. Create one above.</p>}
        {home.conferences.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Conference</th>
                <th scope="col">Children</th>
                <th scope="col">Last saved</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {home.conferences.map((c) => (
                <tr key={c.id}>
                  <td>{formatDate(c.date)}</td>
                  <td>
                    {conferenceTypeLabel(c.type, c.nation)}
                    {c.reference && <span className="muted"> · {c.reference}</span>}
                  </td>
                  <td>{c.childrenNames.join(', ') || <span className="muted">None added</span>}</td>
                  <td>{new Date(c.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      onClick={() => navigate({ name: 'conference', id: c.id })}
                      aria-label={`Open ${describe(c)}`}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      onClick={() => setToReview(c)}
                      aria-label={`Start review after ${describe(c)}`}
                    >
                      Start review
                    </button>
                    <button
                      type="button"
                      className="button--quiet"
                      onClick={() => setToDelete(c)}
                      aria-label={`Delete ${describe(c)}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {home.unreadable.length > 0 && (
          <div className="callout callout--warning">
            <h3>Files that could not be read</h3>
            <ul>
              {home.unreadable.map((u) => (
                <li key={u.fileName}>
                  {u.fileName}: {u.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {home.bin.length > 0 && (
        <section className="card" aria-labelledby="bin-title">
          <h2 id="bin-title">Deleted conferences</h2>
          <p className="muted">Deleted conferences stay here until IT clears the bin. Restore one to use it again.</p>
          <ul className="bin-list">
            {home.bin.map((b) => (
              <li key={b.entry}>
                <span>
                  {b.summary ? describe(b.summary) : 'A conference that could not be read'} — deleted{' '}
                  {new Date(b.deletedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
                <button
                  type="button"
                  onClick={() => void restoreFromBin(b.entry).then((f) => setMessage(f ? f.message : 'Restored.'))}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {toReview && (
        <StartReviewDialog
          previous={toReview}
          onCancel={() => setToReview(null)}
          onStarted={(failure) => {
            setToReview(null);
            if (failure) setMessage(failure.message);
          }}
        />
      )}
      {toDelete && (
        <ConfirmDialog
          title="Delete this conference?"
          body={`${describe(toDelete)} will be moved to the bin. You can restore it from there.`}
          confirmLabel="Move to bin"
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            const id = toDelete.id;
            setToDelete(null);
            void deleteConference(id).then((f) => setMessage(f ? f.message : 'Moved to the bin.'));
          }}
        />
      )}
    </main>
  );
}

function StartReviewDialog({
  previous,
  onCancel,
  onStarted,
}: {
  previous: ConferenceSummary;
  onCancel: () => void;
  onStarted: (failure: Failure | null) => void;
}) {
  const startReview = useAppStore((s) => s.startReview);
  const [date, setDate] = useState(todayIso());
  return (
    <Modal title="Start a review conference" onClose={onCancel}>
      <p>
        After the {conferenceTypeLabel(previous.type, previous.nation).toLowerCase()} on {formatDate(previous.date)}.
        The household, participants, categories and plan are carried forward; notes are not.
      </p>
      <TextField label="Date of the review" type="date" value={date} schema={IsoDate} onCommit={setDate} />
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={() => void startReview(previous.id, date).then(onStarted)}
        >
          Start review
        </button>
      </div>
    </Modal>
  );
}
