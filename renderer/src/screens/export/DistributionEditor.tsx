import { useMemo } from 'react';
import { DOCUMENT_ORDER, distributionList } from '@shared/audience/distribution';
import { audienceProblems } from '@shared/audience/problems';
import { isFamilySide } from '@shared/audience/visibility';
import type { DistributedDocument } from '@shared/model/audience';
import type { Conference } from '@shared/model/conference';
import { distributedDocumentLabel } from '@shared/wording/labels';
import { useAppStore } from '../../store';
import { participantLabel } from '../meeting/participant-names';

/**
 * Who receives which document, and why (issue #10, item 4). The default follows the guidance; the chair ticks and
 * unticks per person, and the reason is printed in the minute's distribution list. The export writes exactly this.
 */
export function DistributionEditor({ conference }: { conference: Conference }) {
  const setDistribution = useAppStore((s) => s.setDistribution);
  const resetDistribution = useAppStore((s) => s.resetDistribution);
  const lines = useMemo(() => distributionList(conference), [conference]);
  const problems = useMemo(() => {
    const byPerson = new Map<string, string[]>();
    for (const p of audienceProblems(conference)) {
      const m = /^distribution\.byParticipant\.([^.]+)/.exec(p.field);
      if (m) byPerson.set(m[1]!, [...(byPerson.get(m[1]!) ?? []), p.message]);
    }
    return byPerson;
  }, [conference]);
  const anyChosen = Object.keys(conference.distribution.byParticipant).length > 0;

  const toggle = (id: string, receives: readonly DistributedDocument[], doc: DistributedDocument, on: boolean) =>
    setDistribution(id, {
      receives: DOCUMENT_ORDER.filter((d) => (d === doc ? on : receives.includes(d))),
    });

  return (
    <section className="export-section" aria-labelledby="distribution-title">
      <div className="export-section__head">
        <h3 id="distribution-title">Who receives what</h3>
        {anyChosen && (
          <button type="button" className="link-button" onClick={() => resetDistribution()}>
            Everyone back to the default
          </button>
        )}
      </div>
      <p className="muted">
        Family members never receive the restricted annex. A supporter or a relative without parental responsibility
        receives copies only with a parent’s agreement: say so in “Why”. Each child aged 3 or over gets a letter in
        words for their age: a child taking part receives their own, and anyone else ticked receives every child’s.
      </p>
      <table className="table distribution">
        <thead>
          <tr>
            <th scope="col">Person</th>
            {DOCUMENT_ORDER.map((d) => (
              <th key={d} scope="col">
                {distributedDocumentLabel[d]}
              </th>
            ))}
            <th scope="col">Why</th>
            <th scope="col">
              <span className="visually-hidden">Default</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ participant: p, receives, why, chosen }) => {
            const name = p.name.trim() || participantLabel(p);
            const own = conference.distribution.byParticipant[p.id];
            const messages = problems.get(p.id) ?? [];
            return (
              <tr key={p.id}>
                <th scope="row">
                  {participantLabel(p)}
                  {messages.map((m) => (
                    <span key={m} className="field__error distribution__problem">
                      {m}
                    </span>
                  ))}
                </th>
                {DOCUMENT_ORDER.map((d) => {
                  const never = d === 'restricted-annex' && isFamilySide(p);
                  return (
                    <td key={d}>
                      <input
                        type="checkbox"
                        aria-label={`${distributedDocumentLabel[d]} for ${name}`}
                        title={never ? 'Never sent to a family member, supporter or advocate' : undefined}
                        checked={receives.includes(d)}
                        disabled={never}
                        onChange={(e) => toggle(p.id, receives, d, e.target.checked)}
                      />
                    </td>
                  );
                })}
                <td>
                  <input
                    className="distribution__why"
                    aria-label={`Why, for ${name}`}
                    value={own?.why ?? ''}
                    placeholder={own?.why ? undefined : why}
                    onChange={(e) => setDistribution(p.id, { why: e.target.value })}
                  />
                </td>
                <td>
                  {(chosen || own?.why) && (
                    <button type="button" className="link-button" onClick={() => resetDistribution(p.id)}>
                      Back to the default<span className="visually-hidden"> for {name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
