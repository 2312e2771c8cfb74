import { useEffect } from 'react';
import type { Conference, ConferenceDetails } from '../../../shared/model/conference';
import { formatDate } from '../../../shared/format/dates';
import { newId } from '../../../shared/model/ids';
import { conferenceTypeLabel } from '../../../shared/model/labels';
import { ClockTime, IsoDate } from '../../../shared/model/primitives';
import { SaveStatus } from '../components/SaveStatus';
import { TextField } from '../components/fields';
import { useAppStore } from '../store';

function useDetailsEditor() {
  const edit = useAppStore((s) => s.editConference);
  return <K extends keyof ConferenceDetails>(key: K) =>
    (value: ConferenceDetails[K]) =>
      edit((c) => ({ ...c, details: { ...c.details, [key]: value } }));
}

function OpenFailure() {
  const failure = useAppStore((s) => s.openFailure);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const navigate = useAppStore((s) => s.navigate);
  const route = useAppStore((s) => s.route);
  if (!failure) return null;
  const id = route.name === 'conference' ? route.id : '';
  return (
    <section className="card callout callout--warning" role="alert">
      <h2>This conference could not be opened</h2>
      <p>{failure.message}</p>
      {failure.backups && failure.backups.length > 0 && (
        <button
          type="button"
          className="button--primary"
          onClick={() => void restoreBackup(id, failure.backups![0]!.name)}
        >
          Restore the backup from {new Date(failure.backups[0]!.savedAt).toLocaleString('en-GB')}
        </button>
      )}
      <button type="button" onClick={() => navigate({ name: 'home' })}>
        Back to conferences
      </button>
    </section>
  );
}

function DetailsSection({ conference }: { conference: Conference }) {
  const set = useDetailsEditor();
  const d = conference.details;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Conference details</h2>
      <div className="form-grid">
        <TextField
          label="Date"
          name="date"
          type="date"
          value={d.date}
          schema={IsoDate}
          required
          onCommit={set('date')}
        />
        <TextField
          label="Start time"
          name="startTime"
          type="time"
          value={d.startTime ?? ''}
          schema={ClockTime}
          onCommit={(v) => set('startTime')(v || undefined)}
        />
        <TextField label="Reference" name="reference" value={d.reference} onCommit={set('reference')} />
        <TextField label="Venue" name="venue" value={d.venue} onCommit={set('venue')} />
        <TextField label="Chair" name="chair" value={d.chair} onCommit={set('chair')} />
        <TextField label="Minute-taker" name="minuteTaker" value={d.minuteTaker} onCommit={set('minuteTaker')} />
      </div>
      <TextField label="Reason for the conference" name="reason" multiline value={d.reason} onCommit={set('reason')} />
    </section>
  );
}

function ChildrenSection({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const setChild = (id: string, key: 'givenName' | 'familyName') => (value: string) =>
    edit((c) => ({ ...c, children: c.children.map((ch) => (ch.id === id ? { ...ch, [key]: value } : ch)) }));
  return (
    <section className="card" aria-labelledby="children-title">
      <h2 id="children-title">Children</h2>
      {conference.children.map((child, index) => (
        <fieldset key={child.id} className="form-row">
          <legend>Child {index + 1}</legend>
          <TextField
            label="Given name"
            name={`child-${index}-given`}
            value={child.givenName}
            onCommit={setChild(child.id, 'givenName')}
          />
          <TextField
            label="Family name"
            name={`child-${index}-family`}
            value={child.familyName}
            onCommit={setChild(child.id, 'familyName')}
          />
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          edit((c) => ({
            ...c,
            children: [
              ...c.children,
              {
                id: newId('child'),
                givenName: '',
                familyName: '',
                knownAs: '',
                unborn: false,
                gender: '',
                ethnicity: '',
                school: '',
                gp: '',
                nhsNumber: '',
                legalStatus: '',
              },
            ],
          }))
        }
      >
        Add a child
      </button>
    </section>
  );
}

export function ConferenceScreen({ id }: { id: string }) {
  const conference = useAppStore((s) => s.conference);
  const openConference = useAppStore((s) => s.openConference);
  const closeConference = useAppStore((s) => s.closeConference);
  const navigate = useAppStore((s) => s.navigate);
  const notices = useAppStore((s) => s.notices);
  const dismissNotice = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    void openConference(id);
  }, [id, openConference]);

  return (
    <main className="conference" id="main">
      <header className="conference__bar">
        <button type="button" onClick={() => void closeConference().then(() => navigate({ name: 'home' }))}>
          ← Conferences
        </button>
        {conference && (
          <h1>
            {conferenceTypeLabel(conference.details.type, conference.details.nation)},{' '}
            {formatDate(conference.details.date)}
          </h1>
        )}
        <SaveStatus />
      </header>
      {notices.map((n, i) => (
        <p key={i} className="callout" role="status">
          {n}{' '}
          <button type="button" className="link-button" onClick={() => dismissNotice(i)}>
            Dismiss
          </button>
        </p>
      ))}
      <OpenFailure />
      {conference && conference.id === id && (
        <>
          <DetailsSection conference={conference} />
          <ChildrenSection conference={conference} />
        </>
      )}
    </main>
  );
}
