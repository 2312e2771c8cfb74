import type { Conference } from '@shared/model/conference';
import { CoreGroupEditor, OtherDecisionsEditor, ReviewEditor } from './ArrangementsEditors';
import { DatesPanel } from './DatesPanel';
import { DecisionEditor } from './DecisionEditor';
import { PlanEditor } from './PlanEditor';

/** Everything decided, in one place: for checking before the family leaves, and for finishing afterwards. */
export function DecisionsTab({ conference }: { conference: Conference }) {
  return (
    <div className="decisions">
      <div className="decisions__main">
        <h2>Decisions</h2>
        {conference.children.length === 0 && <p>Add the children under Setup → Household first.</p>}
        {conference.children.map((child) => (
          <DecisionEditor key={child.id} conference={conference} child={child} />
        ))}
        <section className="card">
          <h2>The plan</h2>
          <PlanEditor conference={conference} />
        </section>
        <section className="card">
          <CoreGroupEditor conference={conference} />
        </section>
        <section className="card">
          <ReviewEditor conference={conference} />
        </section>
        <section className="card">
          <OtherDecisionsEditor conference={conference} />
        </section>
      </div>
      <aside className="decisions__side card">
        <DatesPanel conference={conference} />
      </aside>
    </div>
  );
}
