import { readFileSync } from 'node:fs';
import { Conference } from '@shared/model/conference';
import { amend, loadWestbrook, westbrookDecided } from '../shared-screen/westbrook';

// One decided Westbrook for every test: plan tests import it from here as they always have.
export { amend, loadWestbrook, westbrookDecided };

/** The invented Scottish initial planning meeting (Glenmor Council, Tue 2 Feb 2027). */
export function loadGlenmor(): Conference {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/scotland-initial.json', import.meta.url), 'utf8'),
  );
  return Conference.parse(raw);
}

export const fields = (problems: ReadonlyArray<{ field: string }>): string[] => problems.map((p) => p.field);
