import { itemProgress } from '@shared/agenda';
import { useAppStore } from '../../store';
import { useAgenda } from './use-agenda';

/** The agenda down the side: where we are, what is done, what was skipped. Click or Alt+↑/↓ to move. */
export function AgendaRail() {
  const agenda = useAgenda();
  const progress = useAppStore((s) => s.conference?.agenda);
  const goToItem = useAppStore((s) => s.goToItem);
  if (!progress) return null;
  return (
    <nav className="rail" aria-label="Agenda">
      <ol>
        {agenda.map((item, i) => {
          const status = itemProgress(progress, item.key).status;
          const current = progress.currentItemKey === item.key;
          return (
            <li key={item.key}>
              <button
                type="button"
                className={`rail__item rail__item--${status}${current ? ' rail__item--current' : ''}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => goToItem(item.key)}
              >
                <span className="rail__number">{i + 1}</span>
                <span className="rail__title">{item.title}</span>
                <span className="rail__status">
                  {status === 'done' ? '✓ done' : status === 'skipped' ? 'skipped' : current ? 'now' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
