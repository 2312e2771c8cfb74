import { isFamilySide } from '@shared/audience/visibility';
import type { DocumentLeak } from '@shared/api/export-check';
import { AudienceControl } from '../../components/AudienceControl';
import { useAppStore } from '../../store';

type Group = { first: DocumentLeak; more: DocumentLeak[] };

/**
 * What the leak guard found (issue #10, item 6): words a person must not have, repeated in something they receive.
 * The same words in the same item reach several people (every professional reads the minute), so they are one
 * fix: the first message in full (it names the field, the recipient and the fix), then everyone else it would
 * reach. Beside it, the control for the item that repeats the words, and for each family member named, one click
 * to withhold that item from them.
 */
export function LeakList({ leaks, tone }: { leaks: readonly DocumentLeak[]; tone: 'stop' | 'warn' }) {
  const withholdFrom = useAppStore((s) => s.withholdFrom);
  const participants = useAppStore((s) => s.conference?.participants);
  const groups = new Map<string, Group>();
  for (const leak of leaks) {
    const key = `${leak.secretRef}|${leak.carrierRef ?? ''}`;
    const group = groups.get(key);
    if (group) group.more.push(leak);
    else groups.set(key, { first: leak, more: [] });
  }
  const familyMember = (id: string | undefined) => {
    const person = participants?.find((p) => p.id === id);
    return person !== undefined && isFamilySide(person);
  };
  return (
    <ul className={tone === 'stop' ? 'leaks leaks--stop' : 'leaks'}>
      {[...groups.entries()].map(([key, { first, more }]) => {
        const all = [first, ...more];
        // One button per family member, in the order they were named.
        const family = all.filter(
          (l, i) =>
            l.recipientId !== undefined &&
            familyMember(l.recipientId) &&
            all.findIndex((x) => x.recipientId === l.recipientId) === i,
        );
        return (
          <li key={key}>
            <p className="leaks__message">{first.message}</p>
            {more.length > 0 && (
              <p className="leaks__more">
                It would also reach: {more.map((l) => `${l.recipientName} (${l.fileName})`).join(', ')}.
              </p>
            )}
            <div className="leaks__fix">
              <AudienceControl textRef={first.carrierRef ?? first.secretRef} />
              {first.carrierRef !== undefined &&
                family.map((l) => (
                  <button
                    key={l.recipientId}
                    type="button"
                    className="link-button"
                    onClick={() => withholdFrom(first.carrierRef!, l.recipientId!)}
                  >
                    Withhold <span className="visually-hidden">{first.carrierField ?? 'it'} </span>from{' '}
                    {l.recipientName}
                  </button>
                ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
