/**
 * Plain-language help for failures that finance teams meet again and again.
 * Each rule matches the raw message upstream sent; the raw message is always
 * shown beside the explanation, never replaced by it. Add a rule here when
 * a new kind of failure keeps coming back.
 */
export type FailureExplanation = {
  /** What happened, in one sentence. */
  summary: string
  /** Who usually fixes it. */
  owner: string
  /** What to do next. */
  nextStep: string
}

type Rule = { pattern: RegExp } & FailureExplanation

const RULES: Rule[] = [
  {
    pattern:
      /authori[sz]ation|token (expired|revoked)|reconnect|oauth|consent/i,
    summary:
      "xPnA's access to the source system has expired or was revoked, so no data could be read.",
    owner: 'Whoever administers the connection to the source system.',
    nextStep:
      'Reconnect the source system in xPnA (Connections settings), then sync again.',
  },
  {
    pattern: /period .*(locked|closed)|(locked|closed) period/i,
    summary:
      'The accounting period the data belongs to is locked in xPnA, so it could not be written.',
    owner: 'The close lead or controller who locks periods.',
    nextStep:
      'Unlock the period in xPnA if late postings are expected, or confirm the data belongs in the next open period, then sync again.',
  },
  {
    pattern: /rate limit|too many requests|throttl|\b429\b/i,
    summary:
      'The source system refused requests because too many were made in a short time.',
    owner: 'Nobody, usually: the limit resets on its own.',
    nextStep:
      'Wait a few minutes and sync again; avoid starting many entities of the same source at once.',
  },
  {
    pattern: /do(es)? not (eliminate|balance)|out of balance|difference/i,
    summary:
      'The data arrived, but a consistency check failed: balances do not agree.',
    owner: 'The accountant responsible for the entity or for intercompany.',
    nextStep:
      'Review the differences named in the message in the source system, correct them there, then sync again.',
  },
  {
    pattern: /mapping|unmapped|chart of accounts/i,
    summary: 'Some source accounts have no matching account in xPnA.',
    owner: "Whoever maintains the entity's account mapping in xPnA.",
    nextStep: 'Map the accounts named in the message in xPnA, then sync again.',
  },
  {
    pattern: /timed? ?out|timeout|unavailable|connection (reset|refused)/i,
    summary:
      'The source system did not answer in time; this is usually temporary.',
    owner: 'Nobody at first; the source system vendor if it keeps happening.',
    nextStep:
      'Sync again in a few minutes. If it fails again, check the source system status page.',
  },
]

/** The first rule that matches the message, or null when none does. */
export function explainFailure(message: string | null) {
  if (!message) return null
  const rule = RULES.find(({ pattern }) => pattern.test(message))
  if (!rule) return null
  const { pattern: _pattern, ...explanation } = rule
  return explanation
}
