import { useId } from 'react';
import type { Conference } from '@shared/model/conference';
import { canScore } from '@shared/meeting/speakers';
import { AudienceControl } from '../../components/AudienceControl';
import { useAppStore } from '../../store';
import { participantLabel } from './participant-names';

/**
 * 0–10 from each person in the room when the scaling is done, whatever their attendance says about the rest of the
 * meeting (a parent excluded for part of it scores if they are back in the room). The shared screen shows only the
 * spread, never who gave which score.
 */
export function ScalingCapture({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const id = useId();
  const scoreOf = (c: Conference, participantId: string) =>
    c.analysis.scaling.find((s) => s.participantId === participantId && s.childId === undefined);
  const now = Date.now();
  // Someone who already has a score keeps their row, so a score given can always be read and changed.
  const people = conference.participants.filter(
    (p) => canScore(conference, p, now) || scoreOf(conference, p.id) !== undefined,
  );
  const setScore = (participantId: string, value: string) =>
    edit((c) => {
      const others = c.analysis.scaling.filter((s) => !(s.participantId === participantId && s.childId === undefined));
      // A changed score keeps the comment that explains it.
      const comment = scoreOf(c, participantId)?.comment ?? '';
      const scaling = value === '' ? others : [...others, { participantId, score: Number(value), comment }];
      return { ...c, analysis: { ...c.analysis, scaling } };
    });
  const setComment = (participantId: string, comment: string) =>
    edit((c) => ({
      ...c,
      analysis: {
        ...c.analysis,
        scaling: c.analysis.scaling.map((s) =>
          s.participantId === participantId && s.childId === undefined ? { ...s, comment } : s,
        ),
      },
    }));
  return (
    <div className="scaling">
      <p className="muted">
        0 means the children are not safe enough to live at home; 10 means things are safe enough to close the plan.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Score (0–10)</th>
            <th scope="col">Why they gave it</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const score = scoreOf(conference, p.id);
            return (
              <tr key={p.id}>
                <td>
                  <label id={`${id}-${p.id}-who`} htmlFor={`${id}-${p.id}`}>
                    {participantLabel(p)}
                  </label>
                </td>
                <td>
                  <select
                    id={`${id}-${p.id}`}
                    value={score ? String(score.score) : ''}
                    onChange={(e) => setScore(p.id, e.target.value)}
                  >
                    <option value="">Not given</option>
                    {Array.from({ length: 11 }, (_, n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {score && (
                    <div className="cell-with-audience">
                      {/* Named "Why" with the person as its description, so a search by their name finds the score. */}
                      <input
                        aria-label="Why"
                        aria-describedby={`${id}-${p.id}-who`}
                        value={score.comment}
                        onChange={(e) => setComment(p.id, e.target.value)}
                      />
                      <AudienceControl
                        textRef={`scaling:${p.id}:all`}
                        what={`the comment of ${p.name.trim() || 'this person'}`}
                      />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
