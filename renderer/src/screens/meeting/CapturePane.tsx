import type { AgendaItemDefinition } from '@shared/agenda';
import type { Conference } from '@shared/model/conference';
import { CoreGroupEditor, OtherDecisionsEditor, ReviewEditor } from '../decisions/ArrangementsEditors';
import { DecisionEditor } from '../decisions/DecisionEditor';
import { PlanEditor } from '../decisions/PlanEditor';
import { ReportsForm } from '../setup/ReportsForm';
import { AnalysisCapture } from './AnalysisCapture';
import { NotesPanel } from './NotesPanel';
import { AttendanceCapture, ChildVoiceCapture, OtherChildrenCapture, PlanProgressCapture } from './OtherCaptures';
import { ScalingCapture } from './ScalingCapture';

/** What the minute-taker fills in for the open item, above the item's notes. */
export function CapturePane({ item, conference }: { item: AgendaItemDefinition; conference: Conference }) {
  switch (item.capture) {
    case 'agency-information':
      return (
        <NotesPanel
          itemKey={item.key}
          kind="agency-information"
          heading="What each agency told the conference"
          attributeTo={(p) => p.kind === 'professional'}
        />
      );
    case 'family-views':
      return (
        <NotesPanel
          itemKey={item.key}
          kind="family-view"
          heading="What the family told the conference"
          attributeTo={(p) => p.kind === 'family' || p.kind === 'supporter' || p.kind === 'advocate'}
        />
      );
    case 'analysis':
      return <AnalysisCapture conference={conference} />;
    case 'scaling':
      return <ScalingCapture conference={conference} />;
    case 'childs-voice':
      return <ChildVoiceCapture conference={conference} />;
    case 'other-children':
      return <OtherChildrenCapture conference={conference} />;
    case 'attendance':
      return <AttendanceCapture conference={conference} />;
    case 'reports':
      return <ReportsForm conference={conference} />;
    case 'plan-progress':
      return <PlanProgressCapture conference={conference} />;
    case 'decision':
    case 'category':
    case 'alternative-support':
      // The decision, the category and what follows a plan are one record per child: the same editor serves all.
      return (
        <>
          {conference.children.map((child) => (
            <DecisionEditor key={child.id} conference={conference} child={child} />
          ))}
        </>
      );
    case 'plan':
      return <PlanEditor conference={conference} />;
    case 'contingency':
      return <PlanEditor conference={conference} part="contingency" />;
    case 'lead-professional':
      return <PlanEditor conference={conference} part="lead" />;
    case 'core-group':
      return <CoreGroupEditor conference={conference} />;
    case 'review':
      return <ReviewEditor conference={conference} />;
    case 'other-decisions':
      return <OtherDecisionsEditor conference={conference} />;
    default:
      return null;
  }
}

/** Items whose capture is notes only show one notes panel, not two. */
export function capturesNotesItself(item: AgendaItemDefinition): boolean {
  return item.capture === 'agency-information' || item.capture === 'family-views';
}
