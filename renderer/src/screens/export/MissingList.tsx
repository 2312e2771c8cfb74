import type { MissingForFinal } from '@shared/api/export-check';

/**
 * What the final documents still need (shared/documents/final-check.ts), each with where to fill it in. `stop` is
 * for a final export, which cannot be written until each is done; `warn` for drafts, which are written anyway.
 */
export function MissingList({ missing, tone }: { missing: readonly MissingForFinal[]; tone: 'stop' | 'warn' }) {
  return (
    <ul className={tone === 'stop' ? 'missing-for-final missing-for-final--stop' : 'missing-for-final'}>
      {missing.map((m) => (
        <li key={m.key}>{m.message}</li>
      ))}
    </ul>
  );
}
