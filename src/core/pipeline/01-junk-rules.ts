/**
 * Feed boilerplate that syndication inserts into article text: audio prompts, newsletter and
 * social plugs, "Advertisement" slugs. A paragraph that matches a rule as a whole is not a
 * passage, so its words never become place mentions. Some rules also reveal the publisher.
 */
export interface JunkRule {
  name: string;
  pattern: RegExp;
  /** Capture group that names the publisher, when the boilerplate gives it away. */
  sourceGroup?: number;
}

export const JUNK_RULES: readonly JunkRule[] = [
  {
    name: 'audio prompt',
    pattern: /^(?:NEW)?\s*You can now listen to (.+?) articles!?$/i,
    sourceGroup: 1,
  },
  {
    name: 'advertisement slug',
    pattern: /^(?:advertisement|sponsored content|story continues below)$/i,
  },
  {
    name: 'newsletter plug',
    pattern: /^(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|updates|alerts)\b.{0,40}$/i,
  },
  {
    name: 'social plug',
    pattern:
      /^(?:follow|like) (?:us|[\w .]{1,40}) on (?:twitter|x|facebook|instagram|threads)\b.{0,80}$/i,
  },
  {
    name: 'read more link',
    pattern: /^(?:read more|click here|related|watch|listen)\s*:.{0,160}$/i,
  },
  { name: 'copyright line', pattern: /^(?:copyright\s*)?©.{0,160}$/i },
];

export interface JunkMatch {
  rule: string;
  source: string | null;
}

/** The rule a whole paragraph matches, or undefined when it is article text. */
export function matchJunk(paragraph: string): JunkMatch | undefined {
  const trimmed = paragraph.trim();
  for (const rule of JUNK_RULES) {
    const match = rule.pattern.exec(trimmed);
    if (match) {
      const source = rule.sourceGroup === undefined ? undefined : match[rule.sourceGroup];
      return { rule: rule.name, source: source?.trim() ?? null };
    }
  }
  return undefined;
}
