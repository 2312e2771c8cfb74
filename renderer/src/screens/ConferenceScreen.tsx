import { Suspense, lazy, useEffect, useState } from 'react';
import { formatDate } from '@shared/format/dates';
import { conferenceTypeLabel } from '@shared/wording/labels';
import { SaveStatus } from '../components/SaveStatus';
import { useAppStore } from '../store';
import { ShownConferenceProvider, useShownConference } from '../store/shown-conference';
import { DecisionsTab } from './decisions/DecisionsTab';
import { MeetingTab } from './meeting/MeetingTab';
import { DetailsForm } from './setup/DetailsForm';
import { HouseholdForm } from './setup/HouseholdForm';
import { ParticipantsForm } from './setup/ParticipantsForm';
import { ReportsForm } from './setup/ReportsForm';

/** Exporting is the last step of a meeting: its dialog and checks load when it opens, not with the app. */
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

function OpenFailure({ id }: { id: string }) {
  const failure = useAppStore((s) => s.openFailure);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const navigate = useAppStore((s) => s.navigate);
  if (!failure) return null;
  const newest = failure.backups?.[0];
  return (
    <section className="card callout callout--warning" role="alert">
      <h2>This conference could not be opened</h2>
      <p>{failure.message}</p>
      <div className="button-row">
        {newest && (
          <button type="button" className="button--primary" onClick={() => void restoreBackup(id, newest.name)}>
            Restore the backup from {new Date(newest.savedAt).toLocaleString('en-GB')}
          </button>
        )}
        <button type="button" onClick={() => navigate({ name: 'home' })}>
          Back to conferences
        </button>
      </div>
    </section>
  );
}

const setupSections = [
  { key: 'details', label: 'Details' },
  { key: 'household', label: 'Household' },
  { key: 'participants', label: 'Participants' },
  { key: 'reports', label: 'Reports' },
] as const;
type SetupSection = (typeof setupSections)[number]['key'];

function SetupTab() {
  const conference = useAppStore((s) => s.conference);
  const [section, setSection] = useState<SetupSection>('details');
  if (!conference) return null;
  return (
    <div className="setup">
      <nav className="subnav" aria-label="Setup sections">
        {setupSections.map((s) => (
          <button
            key={s.key}
            type="button"
            aria-current={section === s.key ? 'page' : undefined}
            onClick={() => setSection(s.key)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <div className="setup__body">
        {section === 'details' && <DetailsForm conference={conference} />}
        {section === 'household' && <HouseholdForm conference={conference} />}
        {section === 'participants' && <ParticipantsForm conference={conference} />}
        {section === 'reports' && <ReportsForm conference={conference} />}
      </div>
    </div>
  );
}

function DecisionsTabHost() {
  // Drawn a key press behind while the chair types: a plan of many actions, its checks and hints are redrawn between
  // keys, not before each key's own frame (store/shown-conference.tsx).
  const conference = useShownConference();
  return conference ? <DecisionsTab conference={conference} /> : null;
}

export type WorkspaceTab = 'setup' | 'meeting' | 'decisions';

export function ConferenceScreen({ id }: { id: string }) {
  const conferenceId = useAppStore((s) => s.conference?.id);
  const details = useAppStore((s) => s.conference?.details);
  const openConference = useAppStore((s) => s.openConference);
  const closeConference = useAppStore((s) => s.closeConference);
  const navigate = useAppStore((s) => s.navigate);
  const notices = useAppStore((s) => s.notices);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  const [tab, setTab] = useState<WorkspaceTab>('setup');
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    void openConference(id);
  }, [id, openConference]);

  const ready = conferenceId === id && details;
  return (
    <div className="workspace">
      <header className="workspace__bar">
        <button type="button" onClick={() => void closeConference().then((left) => left && navigate({ name: 'home' }))}>
          ← Conferences
        </button>
        {ready && (
          <h1>
            {conferenceTypeLabel(details.type, details.nation)}, {formatDate(details.date)}
          </h1>
        )}
        <SaveStatus />
        {ready && (
          <button type="button" onClick={() => setExporting(true)}>
            Export documents
          </button>
        )}
      </header>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExporting(false)} />
        </Suspense>
      )}
      {ready && (
        <nav className="tabs" aria-label="Conference">
          <button type="button" aria-current={tab === 'setup' ? 'page' : undefined} onClick={() => setTab('setup')}>
            Setup
          </button>
          <button type="button" aria-current={tab === 'meeting' ? 'page' : undefined} onClick={() => setTab('meeting')}>
            Meeting
          </button>
          <button
            type="button"
            aria-current={tab === 'decisions' ? 'page' : undefined}
            onClick={() => setTab('decisions')}
          >
            Decisions and plan
          </button>
        </nav>
      )}
      <main id="main" className="workspace__main">
        <ShownConferenceProvider>
          {notices.map((n, i) => (
            <p key={i} className="callout" role="status">
              {n}{' '}
              <button type="button" className="link-button" onClick={() => dismissNotice(i)}>
                Dismiss
              </button>
            </p>
          ))}
          <OpenFailure id={id} />
          {ready && tab === 'setup' && <SetupTab />}
          {ready && tab === 'meeting' && <MeetingTab />}
          {ready && tab === 'decisions' && <DecisionsTabHost />}
        </ShownConferenceProvider>
      </main>
    </div>
  );
}
