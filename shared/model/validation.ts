import type { z } from 'zod';

/** One problem with user input: which field (a dotted path a form can match) and what to do about it. */
export type FieldProblem = { field: string; message: string };

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Turns zod issues into messages that name the field and say how to fix it. */
export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: fieldPath(issue.path) || '(whole record)',
    message: issue.message,
  }));
}

export function summariseProblems(problems: FieldProblem[], max = 3): string {
  const shown = problems.slice(0, max).map((p) => `${p.field}: ${p.message}`);
  const more = problems.length > max ? ` (and ${problems.length - max} more)` : '';
  return shown.join('; ') + more;
}
