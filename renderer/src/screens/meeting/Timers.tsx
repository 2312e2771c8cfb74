import { useEffect, useState } from 'react';
import { itemProgress, timeBudget } from '@shared/agenda';
import { useAppStore } from '../../store';
import { formatSeconds, useAgenda } from './use-agenda';

/** The item and meeting clocks against their budgets, for the chair only. Ticks locally; the file gets whole minutes of work, not a write a second. */
export function Timers() {
  const agenda = useAgenda();
  const progress = useAppStore((s) => s.conference?.agenda);
  const openedAt = useAppStore((s) => s.itemOpenedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!progress?.meetingStartedAt) return null;
  const key = progress.currentItemKey;
  const live = openedAt !== null ? (now - openedAt) / 1000 : 0;
  const budget = timeBudget(agenda, progress);
  const item = agenda.find((i) => i.key === key);
  const itemSeconds = key ? itemProgress(progress, key).elapsedSeconds + live : 0;
  const itemBudget = (item?.minutes ?? 0) * 60;
  const meetingEnd = progress.meetingEndedAt ? Date.parse(progress.meetingEndedAt) : now;
  const meetingSeconds = (meetingEnd - Date.parse(progress.meetingStartedAt)) / 1000;
  const meetingBudget = budget.totalMinutes * 60;
  return (
    <div className="timers" role="timer" aria-label="Time">
      <span className={itemSeconds > itemBudget ? 'timer timer--over' : 'timer'}>
        This item {formatSeconds(itemSeconds)} of {item?.minutes ?? 0} min
        {itemSeconds > itemBudget && ' — over time'}
      </span>
      <span className={meetingSeconds > meetingBudget ? 'timer timer--over' : 'timer'}>
        Meeting {formatSeconds(meetingSeconds)} of {budget.totalMinutes} min
        {meetingSeconds > meetingBudget && ' — over time'}
      </span>
    </div>
  );
}
