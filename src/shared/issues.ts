import * as v from 'valibot';

/** What went wrong first, as "places[3].lat: Invalid type: Expected number but received undefined". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'not valid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
