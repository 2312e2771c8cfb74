import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FAMILY_CONTACTS_SECTION, missingSettingsForFinal } from '@shared/api/export-check';
import { Nation } from '@shared/model/conference';
import { nationLabel, timescaleUnitLabel } from '@shared/wording/labels';
import { DEFAULT_SETTINGS, OrganisationSettings } from '@shared/model/settings';
import {
  describeAmount,
  effectiveTimescales,
  leadProfessionalTitle,
  procedureProfile,
  TIMESCALE_MEANINGS,
  TimescaleKey,
  TimescaleUnit,
} from '@shared/procedure/profiles';
import { FieldShell, SelectField, TextField } from '../components/fields';
import { useAppStore } from '../store';

/** A number of days the chair types: what to count, the range the settings allow, and an example for the messages. */
type DaysRule = { unit: 'days' | 'working days'; min: number; max: number; example: number; countedFrom: string };

const COMPLAINT_DAYS: DaysRule = { unit: 'days', min: 1, max: 365, example: 28, countedFrom: 'from the meeting' };
const CORRECTION_DAYS: DaysRule = {
  unit: 'working days',
  min: 1,
  max: 60,
  example: DEFAULT_SETTINGS.correctionsWorkingDays,
  countedFrom: 'from the day the papers are sent',
};

/**
 * What was typed as a number of days: the number, or what to do instead. Empty is `null` (the caller decides what an
 * empty box means). Each message says how to put it right, since "invalid" alone helps nobody.
 */
export function parseDays(raw: string, rule: DaysRule): { days: number | null } | { error: string } {
  const typed = raw.trim();
  if (typed === '') return { days: null };
  if (/^\d+[.,]\d*$/.test(typed))
    return { error: `Enter a whole number of ${rule.unit}, for example ${rule.example}.` };
  if (!/^\d+$/.test(typed)) {
    return { error: `Enter the number of ${rule.unit} in figures, for example ${rule.example}.` };
  }
  const days = Number(typed);
  if (days < rule.min || days > rule.max) {
    return {
      error: `Enter a number from ${rule.min} to ${rule.max}: the ${rule.unit} ${rule.countedFrom}.`,
    };
  }
  return { days };
}

/**
 * A number of days, typed as text so that anything typed can be answered with a message beside the box (a number
 * input silently empties itself when it gets letters). Only a good number is committed; while the box holds something
 * else, `onProblem` tells the form, which will not save.
 */
function DaysField({
  label,
  hint,
  value,
  rule,
  emptyMeans,
  aside,
  onCommit,
  onProblem,
}: {
  label: string;
  hint: string;
  value: number | undefined;
  rule: DaysRule;
  /** What an empty box commits: the default, or nothing (the setting is unset). */
  emptyMeans: number | undefined;
  aside?: ReactNode;
  onCommit: (days: number | undefined) => void;
  onProblem: (message: string | null) => void;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // What this box last committed: an empty box that stands for the default must stay empty when the default arrives.
  const committed = useRef<{ days: number | undefined } | null>(null);
  // Follow the stored settings when they arrive, unless the chair is in the middle of a correction.
  useEffect(() => {
    if (error || (committed.current && committed.current.days === value)) return;
    setText(value === undefined ? '' : String(value));
  }, [value, error]);

  const change = (next: string) => {
    setText(next);
    const parsed = parseDays(next, rule);
    const problem = 'error' in parsed ? parsed.error : null;
    setError(problem);
    onProblem(problem && `${label}: ${problem}`);
    if ('error' in parsed) return;
    const days = parsed.days ?? emptyMeans;
    committed.current = { days };
    onCommit(days);
  };

  return (
    <FieldShell label={label} hint={hint} error={error} aside={aside}>
      {(id, describedBy) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

/**
 * Beside each setting the final documents cannot go without, drawn as a warning while it is empty (the list at the
 * top of the section says in words which are still to fill in).
 */
function NeededForFinal({ filled }: { filled: boolean }) {
  return <span className={filled ? 'tag' : 'tag tag--warn'}>Needed for the final documents</span>;
}

/** The settings' labels on this screen, for a message about a setting that would not save. */
const SETTING_LABELS: Partial<Record<keyof OrganisationSettings, string>> = {
  authorityName: 'Local authority or trust',
  teamName: 'Team',
  teamPhone: 'Team phone',
  outOfHoursPhone: 'Out-of-hours phone',
  complaintsContact: 'How to complain',
  complaintsTimeLimitDays: 'Time limit for a complaint (days)',
  correctionsWorkingDays: 'Time to ask for corrections (working days)',
  advocacyContact: 'Advocacy and advice for parents',
  leadProfessionalTitle: 'Lead professional’s title',
  protectiveMarking: 'Protective marking',
  logoDataUrl: 'Logo',
};

/** The organisation's details for documents, and the local timescales it has chosen. Saved when the chair says. */
export function SettingsScreen() {
  const saved = useAppStore((s) => s.settings);
  const load = useAppStore((s) => s.loadSettings);
  const save = useAppStore((s) => s.saveSettings);
  const navigate = useAppStore((s) => s.navigate);
  const [draft, setDraftState] = useState(saved);
  // Once the chair has typed, the settings read from disk (which may arrive after they started) must not replace
  // what they typed: the form follows the stored settings only while it is untouched, or once saved.
  const [touched, setTouched] = useState(false);
  const setDraft: typeof setDraftState = (next) => {
    setTouched(true);
    setDraftState(next);
  };
  const [message, setMessage] = useState<string | null>(null);
  // Boxes that hold something that cannot be saved (a number of days typed as words): Save says which, and waits.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const problemFor = (key: string) => (problem: string | null) =>
    setProblems((p) => {
      const { [key]: _old, ...rest } = p;
      return problem ? { ...rest, [key]: problem } : rest;
    });
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!touched) setDraftState(saved);
  }, [saved, touched]);

  const set =
    <K extends keyof OrganisationSettings>(key: K) =>
    (value: OrganisationSettings[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const profile = procedureProfile(draft.homeNation);
  const effective = effectiveTimescales(draft.homeNation, draft.procedure.timescales);
  const refused = new Map(effective.refused.map((p) => [p.field, p.message]));
  const missing = missingSettingsForFinal(draft);
  const filled = (key: (typeof missing)[number]['key']) => !missing.some((m) => m.key === key);
  const localKeys = TimescaleKey.options.filter((k) => profile.timescales[k]?.basis !== 'statutory');
  const statutoryKeys = TimescaleKey.options.filter((k) => profile.timescales[k]?.basis === 'statutory');

  const setTimescale = (key: TimescaleKey, amount: string, unit: TimescaleUnit) =>
    setDraft((d) => {
      const timescales = { ...d.procedure.timescales };
      if (amount === '') delete timescales[key];
      else timescales[key] = { amount: Number(amount), unit };
      return { ...d, procedure: { ...d.procedure, timescales } };
    });

  const onLogo = (file: File | undefined) => {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) {
      setMessage('The logo must be a PNG or JPEG image.');
      return;
    }
    const reader = new FileReader();
    reader.onload = () => setDraft((d) => ({ ...d, logoDataUrl: String(reader.result) }));
    reader.readAsDataURL(file);
  };

  return (
    <main className="home" id="main">
      <button type="button" onClick={() => navigate({ name: 'home' })}>
        ← Conferences
      </button>
      <h1>Settings</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const unsaved = Object.values(problems);
          if (unsaved.length) {
            setMessage(`Not saved: ${unsaved.join(' ')}`);
            return;
          }
          const parsed = OrganisationSettings.safeParse(draft);
          if (!parsed.success) {
            const where = (path: readonly PropertyKey[]) =>
              SETTING_LABELS[path[0] as keyof OrganisationSettings] ?? path.map(String).join('.');
            setMessage(`Not saved: ${parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`).join(' ')}`);
            return;
          }
          void save(parsed.data).then((f) => {
            setMessage(f ? `Not saved: ${f.message}` : 'Settings saved.');
            if (!f) setTouched(false);
          });
        }}
      >
        <section className="card" aria-labelledby="org-title">
          <h2 id="org-title">Your organisation</h2>
          <p className="muted">Printed in document headers and footers.</p>
          <div className="form-grid">
            <TextField label="Local authority or trust" value={draft.authorityName} onCommit={set('authorityName')} />
            <TextField label="Team" value={draft.teamName} onCommit={set('teamName')} />
            <TextField label="Protective marking" value={draft.protectiveMarking} onCommit={set('protectiveMarking')} />
            <SelectField
              label="Nation you work in"
              value={draft.homeNation}
              options={Nation.options.map((n) => ({ value: n, label: nationLabel[n] }))}
              onCommit={set('homeNation')}
            />
          </div>
          <TextField
            label="Lead professional’s title"
            hint={
              `Leave empty to use “${leadProfessionalTitle(draft.homeNation)}”. Where England’s reforms have ` +
              'brought multi-agency child protection teams, this may be “Lead child protection practitioner”.'
            }
            value={draft.leadProfessionalTitle}
            onCommit={set('leadProfessionalTitle')}
          />
          <div className="field">
            <label htmlFor="logo">Logo (PNG or JPEG)</label>
            <input id="logo" type="file" accept="image/png,image/jpeg" onChange={(e) => onLogo(e.target.files?.[0])} />
            {draft.logoDataUrl && <img src={draft.logoDataUrl} alt="Current logo" className="logo-preview" />}
          </div>
        </section>

        <section className="card" aria-labelledby="families-title">
          <h2 id="families-title">{FAMILY_CONTACTS_SECTION}</h2>
          <p className="muted">
            Printed in the family plan, the decision letter and each child’s letter: whom to ring, day or night, how to
            complain and by when, and how long there is to say something in the papers is wrong.
          </p>
          {missing.length > 0 ? (
            <div className="callout callout--warning" role="status">
              <p>The final documents cannot be written until these are filled in:</p>
              <ul>
                {missing.map((m) => (
                  <li key={m.key}>{m.label}</li>
                ))}
              </ul>
              <p>Drafts can still be written without them.</p>
            </div>
          ) : (
            <p className="callout" role="status">
              Everything the final documents need from here is filled in.
            </p>
          )}
          <div className="form-grid">
            <TextField
              label="Team phone"
              type="tel"
              hint="The number a family rings in office hours."
              aside={<NeededForFinal filled={filled('teamPhone')} />}
              value={draft.teamPhone}
              onCommit={set('teamPhone')}
            />
            <TextField
              label="Out-of-hours phone"
              type="tel"
              hint="The number a family rings at night, at weekends and on bank holidays."
              aside={<NeededForFinal filled={filled('outOfHoursPhone')} />}
              value={draft.outOfHoursPhone}
              onCommit={set('outOfHoursPhone')}
            />
          </div>
          <TextField
            label="How to complain"
            multiline
            hint="Who a family writes to, and how: a name or team, a postal address or an email address."
            aside={<NeededForFinal filled={filled('complaintsContact')} />}
            value={draft.complaintsContact}
            onCommit={set('complaintsContact')}
          />
          <div className="form-grid">
            <DaysField
              label="Time limit for a complaint (days)"
              hint={`How many days a family has to complain, counted from the day of the meeting. Many areas allow 28.`}
              value={draft.complaintsTimeLimitDays}
              rule={COMPLAINT_DAYS}
              emptyMeans={undefined}
              aside={<NeededForFinal filled={filled('complaintsTimeLimitDays')} />}
              onCommit={(days) =>
                setDraft((d) => {
                  const { complaintsTimeLimitDays: _old, ...rest } = d;
                  return days === undefined ? rest : { ...rest, complaintsTimeLimitDays: days };
                })
              }
              onProblem={problemFor('complaintsTimeLimitDays')}
            />
            <DaysField
              label="Time to ask for corrections (working days)"
              hint={
                `How many working days a reader has to tell the chair that something in the papers is wrong, counted ` +
                `from the day they are sent. Leave empty for ${DEFAULT_SETTINGS.correctionsWorkingDays}.`
              }
              value={draft.correctionsWorkingDays}
              rule={CORRECTION_DAYS}
              emptyMeans={DEFAULT_SETTINGS.correctionsWorkingDays}
              onCommit={(days) => set('correctionsWorkingDays')(days ?? DEFAULT_SETTINGS.correctionsWorkingDays)}
              onProblem={problemFor('correctionsWorkingDays')}
            />
          </div>
          <TextField
            label="Advocacy and advice for parents"
            multiline
            hint="Free, independent advice a parent can ask for, for example a family rights advice line."
            value={draft.advocacyContact}
            onCommit={set('advocacyContact')}
          />
        </section>

        <section className="card" aria-labelledby="timescales-title">
          <h2 id="timescales-title">Local timescales ({nationLabel[draft.homeNation]})</h2>
          <p className="muted">
            Leave a box empty to use the default. National (statutory) timescales are listed below and cannot be
            changed.
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Timescale</th>
                <th scope="col">Default</th>
                <th scope="col">Your value</th>
                <th scope="col">Unit</th>
              </tr>
            </thead>
            <tbody>
              {localKeys.map((key) => {
                const base = profile.timescales[key];
                const own = draft.procedure.timescales[key];
                const unit = own?.unit ?? base?.unit ?? 'working-days';
                return (
                  <tr key={key}>
                    <th scope="row">
                      {TIMESCALE_MEANINGS[key].label}
                      {refused.get(`timescales.${key}`) && (
                        <span className="field__error"> {refused.get(`timescales.${key}`)}</span>
                      )}
                    </th>
                    <td>{base ? describeAmount(base.amount, base.unit) : 'None nationally'}</td>
                    <td>
                      <input
                        aria-label={`${TIMESCALE_MEANINGS[key].label}: your value`}
                        type="number"
                        min={0}
                        max={366}
                        value={own?.amount ?? ''}
                        onChange={(e) => setTimescale(key, e.target.value, unit)}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`${TIMESCALE_MEANINGS[key].label}: unit`}
                        value={unit}
                        onChange={(e) => own && setTimescale(key, String(own.amount), e.target.value as TimescaleUnit)}
                      >
                        {TimescaleUnit.options.map((u) => (
                          <option key={u} value={u}>
                            {timescaleUnitLabel[u]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>Set nationally</h3>
          <ul>
            {statutoryKeys.map((key) => (
              <li key={key}>
                {TIMESCALE_MEANINGS[key].label}:{' '}
                {describeAmount(profile.timescales[key]!.amount, profile.timescales[key]!.unit)} (
                {profile.timescales[key]!.source})
              </li>
            ))}
          </ul>
        </section>
        {message && (
          <p role="status" className="callout">
            {message}
          </p>
        )}
        <button type="submit" className="button--primary">
          Save settings
        </button>
      </form>
    </main>
  );
}
