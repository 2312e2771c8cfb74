import { useState } from 'react';
import { formatDate } from '@shared/format/dates';
import { healthNumberHint, healthNumberName } from '@shared/meeting/health-number';
import { Adult, Child, OtherChild, type Conference, type Nation } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import { IsoDate } from '@shared/model/primitives';
import { gestationAt } from '@shared/procedure/deadlines';
import { CheckboxField } from '../../components/CheckboxField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AudienceControl } from '../../components/AudienceControl';
import { TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { appendListItem, patchListItem, removeListItem } from '../../store/edits';
import { useEdit, useFieldProblems } from './use-setup';

type Removal = { title: string; body: string; run: () => void };

function ChildCard({
  child,
  index,
  problem,
  conferenceDate,
  nation,
}: {
  child: Child;
  index: number;
  problem: (f: string) => string | undefined;
  conferenceDate: string;
  nation: Nation;
}) {
  const edit = useEdit();
  const set = (patch: Partial<Child>) => edit(patchListItem('children', child.id, patch));
  const at = `children[${index}]`;
  // At the conference, not today: the minute, the plan and the procedures' 28, 30 and 34 weeks all count from it.
  const gestation =
    child.unborn &&
    child.expectedDeliveryDate &&
    IsoDate.safeParse(child.expectedDeliveryDate).success &&
    IsoDate.safeParse(conferenceDate).success
      ? gestationAt(child.expectedDeliveryDate, conferenceDate)
      : null;
  return (
    <>
      <div className="form-grid">
        <TextField
          label="First name"
          name={`${at}.givenName`}
          value={child.givenName}
          problem={problem(`${at}.givenName`)}
          onCommit={(givenName) => set({ givenName })}
        />
        <TextField
          label="Family name"
          name={`${at}.familyName`}
          value={child.familyName}
          onCommit={(familyName) => set({ familyName })}
        />
        <TextField
          label="Known as"
          name={`${at}.knownAs`}
          value={child.knownAs}
          onCommit={(knownAs) => set({ knownAs })}
        />
      </div>
      <CheckboxField label="Unborn baby" checked={child.unborn} onCommit={(unborn) => set({ unborn })} />
      <div className="form-grid">
        {child.unborn ? (
          <TextField
            label="Expected date of delivery"
            name={`${at}.expectedDeliveryDate`}
            type="date"
            schema={IsoDate}
            value={child.expectedDeliveryDate ?? ''}
            problem={problem(`${at}.expectedDeliveryDate`)}
            hint={
              gestation && gestation.weeks >= 0
                ? `About ${gestation.weeks} weeks ${gestation.days} ${gestation.days === 1 ? 'day' : 'days'} pregnant at the conference (${formatDate(conferenceDate)}).`
                : undefined
            }
            onCommit={(v) => set({ expectedDeliveryDate: v || undefined })}
          />
        ) : (
          <TextField
            label="Date of birth"
            name={`${at}.dateOfBirth`}
            type="date"
            schema={IsoDate}
            value={child.dateOfBirth ?? ''}
            problem={problem(`${at}.dateOfBirth`)}
            onCommit={(v) => set({ dateOfBirth: v || undefined })}
          />
        )}
        <TextField
          label="School or nursery"
          name={`${at}.school`}
          value={child.school}
          aside={<AudienceControl textRef={`child:${child.id}:school`} what="the school and GP" />}
          onCommit={(school) => set({ school })}
        />
        <TextField label="GP" name={`${at}.gp`} value={child.gp} onCommit={(gp) => set({ gp })} />
        {/* The nation's health number: NHS in England and Wales, CHI in Scotland, Health and Care in Northern Ireland. */}
        <TextField
          label={healthNumberName(nation)}
          name={`${at}.nhsNumber`}
          hint={healthNumberHint(nation)}
          value={child.nhsNumber}
          problem={problem(`${at}.nhsNumber`)}
          onCommit={(nhsNumber) => set({ nhsNumber })}
        />
        <TextField label="Gender" name={`${at}.gender`} value={child.gender} onCommit={(gender) => set({ gender })} />
        <TextField
          label="Ethnicity"
          name={`${at}.ethnicity`}
          value={child.ethnicity}
          onCommit={(ethnicity) => set({ ethnicity })}
        />
        <TextField
          label="Legal status"
          name={`${at}.legalStatus`}
          value={child.legalStatus}
          onCommit={(legalStatus) => set({ legalStatus })}
        />
      </div>
    </>
  );
}

function AdultCard({
  adult,
  index,
  problem,
}: {
  adult: Adult;
  index: number;
  problem: (f: string) => string | undefined;
}) {
  const edit = useEdit();
  const setAddressRestricted = useAppStore((s) => s.setAddressRestricted);
  const set = (patch: Partial<Adult>) => edit(patchListItem('adults', adult.id, patch));
  const at = `adults[${index}]`;
  const who = adult.givenName.trim() || `adult ${index + 1}`;
  return (
    <>
      <div className="form-grid">
        <TextField
          label="First name"
          name={`${at}.givenName`}
          value={adult.givenName}
          problem={problem(`${at}.givenName`)}
          onCommit={(givenName) => set({ givenName })}
        />
        <TextField
          label="Family name"
          name={`${at}.familyName`}
          value={adult.familyName}
          onCommit={(familyName) => set({ familyName })}
        />
        <TextField
          label="Relationship to the children"
          name={`${at}.relationship`}
          value={adult.relationship}
          onCommit={(relationship) => set({ relationship })}
        />
        <TextField
          label="Date of birth"
          name={`${at}.dateOfBirth`}
          type="date"
          schema={IsoDate}
          value={adult.dateOfBirth ?? ''}
          problem={problem(`${at}.dateOfBirth`)}
          onCommit={(v) => set({ dateOfBirth: v || undefined })}
        />
        <TextField
          label="Language"
          name={`${at}.language`}
          value={adult.language}
          hint="For the family plan and an interpreter."
          onCommit={(language) => set({ language })}
        />
      </div>
      <div className="checkbox-row">
        <CheckboxField
          label="Has parental responsibility"
          checked={adult.parentalResponsibility}
          onCommit={(parentalResponsibility) => set({ parentalResponsibility })}
        />
        <CheckboxField
          label="Lives in the household"
          checked={adult.livesInHousehold}
          onCommit={(livesInHousehold) => set({ livesInHousehold })}
        />
      </div>
      <div className="form-grid form-grid--wide">
        <TextField
          label="Address"
          name={`${at}.address`}
          multiline
          value={adult.address}
          aside={<AudienceControl textRef={`adult:${adult.id}:address`} what={`the address of ${who}`} />}
          onCommit={(address) => set({ address })}
        />
        <TextField
          label="Contact restrictions"
          name={`${at}.contactRestrictions`}
          multiline
          value={adult.contactRestrictions}
          aside={
            <AudienceControl
              textRef={`adult:${adult.id}:contactRestrictions`}
              what={`the contact restrictions for ${who}`}
            />
          }
          onCommit={(contactRestrictions) => set({ contactRestrictions })}
        />
      </div>
      <CheckboxField
        label="Address must not be shared (refuge or undisclosed)"
        hint="It will appear only in the restricted annex: never on the shared screen or in any family document. The app also stops any document that repeats it."
        checked={adult.addressRestricted}
        onCommit={(addressRestricted) => setAddressRestricted(adult.id, addressRestricted)}
      />
    </>
  );
}

function OtherChildCard({ other, index }: { other: OtherChild; index: number }) {
  const edit = useEdit();
  const set = (patch: Partial<OtherChild>) => edit(patchListItem('otherChildren', other.id, patch));
  const at = `otherChildren[${index}]`;
  return (
    <>
      <div className="form-grid">
        <TextField label="Name" name={`${at}.name`} value={other.name} onCommit={(name) => set({ name })} />
        <TextField
          label="Date of birth"
          name={`${at}.dateOfBirth`}
          type="date"
          schema={IsoDate}
          value={other.dateOfBirth ?? ''}
          onCommit={(v) => set({ dateOfBirth: v || undefined })}
        />
        <TextField
          label="Connection to the household"
          name={`${at}.connection`}
          value={other.connection}
          onCommit={(connection) => set({ connection })}
        />
        <TextField
          label="Where they live"
          name={`${at}.whereTheyLive`}
          value={other.whereTheyLive}
          onCommit={(whereTheyLive) => set({ whereTheyLive })}
        />
      </div>
    </>
  );
}

export function HouseholdForm({ conference }: { conference: Conference }) {
  const edit = useEdit();
  const problem = useFieldProblems(conference);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const name = (given: string, family: string) => [given, family].filter(Boolean).join(' ') || 'this person';

  return (
    <>
      <section className="card" aria-labelledby="children-title">
        <h2 id="children-title">Children in the household</h2>
        <p className="muted">Every child in the household is considered, including an unborn baby.</p>
        {conference.children.map((child, i) => (
          <fieldset key={child.id} className="record">
            <legend>
              Child {i + 1}
              {child.dateOfBirth ? ` · born ${formatDate(child.dateOfBirth)}` : ''}
            </legend>
            <ChildCard
              child={child}
              index={i}
              problem={problem}
              conferenceDate={conference.details.date}
              nation={conference.details.nation}
            />
            <button
              type="button"
              className="button--quiet"
              onClick={() =>
                setRemoval({
                  title: 'Remove this child?',
                  body: `${name(child.givenName, child.familyName)} will be removed from this conference, with their decision.`,
                  run: () =>
                    edit((c) => ({
                      ...removeListItem('children', child.id)(c),
                      decisions: c.decisions.filter((d) => d.childId !== child.id),
                    })),
                })
              }
            >
              Remove child
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => edit(appendListItem('children', Child.parse({ id: newId('child'), givenName: '' })))}
        >
          Add a child
        </button>
      </section>

      <section className="card" aria-labelledby="adults-title">
        <h2 id="adults-title">Adults</h2>
        {conference.adults.map((adult, i) => (
          <fieldset key={adult.id} className="record">
            <legend>Adult {i + 1}</legend>
            <AdultCard adult={adult} index={i} problem={problem} />
            <button
              type="button"
              className="button--quiet"
              onClick={() =>
                setRemoval({
                  title: 'Remove this adult?',
                  body: `${name(adult.givenName, adult.familyName)} will be removed from the household.`,
                  run: () => edit(removeListItem('adults', adult.id)),
                })
              }
            >
              Remove adult
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => edit(appendListItem('adults', Adult.parse({ id: newId('adult'), givenName: '' })))}
        >
          Add an adult
        </button>
      </section>

      <section className="card" aria-labelledby="other-children-title">
        <h2 id="other-children-title">Other children the adults care for or live with</h2>
        {conference.otherChildren.map((other, i) => (
          <fieldset key={other.id} className="record">
            <legend>
              <span>Other child {i + 1}</span>
            </legend>
            <div className="record__audience">
              <AudienceControl textRef={`otherChild:${other.id}`} what={`other child ${i + 1}`} />
            </div>
            <OtherChildCard other={other} index={i} />
            <button
              type="button"
              className="button--quiet"
              onClick={() => edit(removeListItem('otherChildren', other.id))}
            >
              Remove
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => edit(appendListItem('otherChildren', OtherChild.parse({ id: newId('other'), name: '' })))}
        >
          Add another child
        </button>
      </section>

      {removal && (
        <ConfirmDialog
          title={removal.title}
          body={removal.body}
          confirmLabel="Remove"
          onCancel={() => setRemoval(null)}
          onConfirm={() => {
            removal.run();
            setRemoval(null);
          }}
        />
      )}
    </>
  );
}
