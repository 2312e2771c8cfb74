import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installHolidaySource, tableHolidaySource } from '@shared/procedure/bank-holidays';
import { App } from './App';
import { bridge } from './bridge';
import './styles.css';
import './shared-screen/shared-screen.css';

const root = createRoot(document.getElementById('root')!);

/**
 * Working days need the bank holidays, which the main process computes from date-holidays (too large to ship in
 * the UI). Load a span that covers past conferences and plans two years ahead before anything counts a date.
 */
async function start(): Promise<void> {
  const year = new Date().getFullYear();
  const table = await bridge.bankHolidayTable({ fromYear: year - 5, toYear: year + 6 });
  if (!table.ok) {
    root.render(
      <main className="home">
        <h1>Conference Chair could not start</h1>
        <p role="alert">The bank holiday calendar could not be loaded: {table.message}</p>
      </main>,
    );
    return;
  }
  installHolidaySource(tableHolidaySource(table.value));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
