import { useMemo } from 'react';
import { quote } from '@shared/audience/captured';
import { redactionPreview, sharedScreenPreview, type LeftOutItem } from '@shared/audience/redaction';
import { isFamilySide } from '@shared/audience/visibility';
import type { Conference } from '@shared/model/conference';
import { distributedDocumentLabel } from '@shared/wording/labels';
import { AudienceControl } from '../../components/AudienceControl';
import { participantLabel } from '../meeting/participant-names';

/**
 * The redaction preview (issue #10, item 5): for each person who receives documents, and for the shared screen,
 * every item their copies leave out and why, with the control to change the item's audience beside it. The chair
 * reads it before a final export; family members come first, as theirs are the copies that differ.
 */
export function RedactionPreview({ conference }: { conference: Conference }) {
  const recipients = useMemo(() => {
    const all = redactionPreview(conference);
    return [...all.filter((r) => isFamilySide(r.participant)), ...all.filter((r) => !isFamilySide(r.participant))];
  }, [conference]);
  const sharedScreen = useMemo(() => sharedScreenPreview(conference), [conference]);
  return (
    <section className="export-section" aria-labelledby="redaction-title">
      <h3 id="redaction-title">What each copy leaves out</h3>
      <p className="muted">
        Each person’s documents are written for them. Check what is left out, and change who sees an item with the
        button beside it.
      </p>
      {recipients.length === 0 && <p>Nobody is set to receive documents yet.</p>}
      {recipients.map((r) => {
        const name = r.participant.name.trim() || participantLabel(r.participant);
        return (
          <LeftOutList
            key={r.participant.id}
            id={`left-out-${r.participant.id}`}
            title={participantLabel(r.participant)}
            regionName={`Left out for ${name}`}
            receives={`Receives: ${r.receives.map((d) => distributedDocumentLabel[d]).join(', ')}`}
            items={r.leftOut}
          />
        );
      })}
      <LeftOutList
        id="left-out-shared-screen"
        title="The shared screen"
        regionName="Left out of the shared screen"
        receives="Seen by everyone in the room"
        items={sharedScreen}
      />
    </section>
  );
}

function LeftOutList({
  id,
  title,
  regionName,
  receives,
  items,
}: {
  id: string;
  title: string;
  regionName: string;
  receives: string;
  items: LeftOutItem[];
}) {
  return (
    <section className="left-out" aria-label={regionName} data-left-out={id}>
      <h4>
        {title}{' '}
        <span className="left-out__count">
          {items.length === 0
            ? 'nothing left out'
            : items.length === 1
              ? '1 item left out'
              : `${items.length} items left out`}
        </span>
      </h4>
      <p className="left-out__receives muted">{receives}</p>
      {items.length > 0 && (
        <table className="table left-out__table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Why it is left out</th>
              <th scope="col">Who sees it</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ text, words }) => (
              <tr key={text.ref}>
                <td>
                  {text.field}
                  {!text.field.includes('“') && text.texts[0] && (
                    <span className="left-out__quote">{quote(text.texts[0], 60)}</span>
                  )}
                </td>
                <td>{words}</td>
                <td>
                  <AudienceControl textRef={text.ref} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
