import { useEffect, useState } from 'react';
import { Nation } from '../../../shared/model/conference';
import { nationLabel } from '../../../shared/model/labels';
import { OrganisationSettings } from '../../../shared/model/settings';
import {
  describeAmount,
  effectiveTimescales,
  leadProfessionalTitle,
  procedureProfile,
  TIMESCALE_MEANINGS,
  TimescaleKey,
  TimescaleUnit,
} from '../../../shared/procedure/profiles';
import { SelectField, TextField } from '../components/fields';
import { useAppStore } from '../store';

const unitLabel: Record<TimescaleUnit, string> = {
  'working-days': 'working days',
  'calendar-days': 'calendar days',
  weeks: 'weeks',
  months: 'months',
  'weeks-of-pregnancy': 'weeks of pregnancy',
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
          const parsed = OrganisationSettings.safeParse(draft);
          if (!parsed.success) {
            setMessage(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' '));
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
          <p className="muted">
            Printed in document headers and footers and in the “who to call” and “how to complain” parts of the family
            plan.
          </p>
          <div className="form-grid">
            <TextField label="Local authority or trust" value={draft.authorityName} onCommit={set('authorityName')} />
            <TextField label="Team" value={draft.teamName} onCommit={set('teamName')} />
            <TextField label="Team phone" type="tel" value={draft.teamPhone} onCommit={set('teamPhone')} />
            <TextField
              label="Out-of-hours phone"
              type="tel"
              value={draft.outOfHoursPhone}
              onCommit={set('outOfHoursPhone')}
            />
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
          <TextField
            label="How to complain"
            multiline
            value={draft.complaintsContact}
            onCommit={set('complaintsContact')}
          />
          <TextField
            label="Advocacy and advice for parents"
            multiline
            value={draft.advocacyContact}
            onCommit={set('advocacyContact')}
          />
          <div className="field">
            <label htmlFor="logo">Logo (PNG or JPEG)</label>
            <input id="logo" type="file" accept="image/png,image/jpeg" onChange={(e) => onLogo(e.target.files?.[0])} />
            {draft.logoDataUrl && <img src={draft.logoDataUrl} alt="Current logo" className="logo-preview" />}
          </div>
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
                            {unitLabel[u]}
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
