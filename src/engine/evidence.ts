// Evidence, weighed: a rule reads facts about a candidate (the name it is bound to, the statement and the
// file around it, the sentence in prose, the value's shape) and the catalog says what each kind of fact
// is worth. A candidate is a finding when the sum reaches the rule's threshold. Weights and thresholds are
// data in the rule file; `--debug` prints the facts for and against each candidate.

/** One thing a rule noticed about a candidate. `kind` is looked up in the rule's weights. */
export interface Fact {
  kind: string;
  /** What was seen, for `--debug`: a name, a word, never the secret. */
  note: string;
}

export interface EvidenceSpec {
  /** The score at which a candidate becomes a finding. */
  threshold: number;
  /** What each kind of fact is worth: positive for, negative against. */
  weights: Readonly<Record<string, number>>;
  /** Kinds of which a finding needs at least one, whatever the sum: what names the value a credential. */
  needs?: readonly string[];
}

export interface Weighed {
  ok: boolean;
  score: number;
  /** `1.4 ≥ 1: +1.4 name-ibm-key (IBMCLOUD_API_KEY), +0.2 shape-iam-key`: the sum and every fact in it. */
  summary: string;
}

const signed = (n: number): string => `${n < 0 ? '−' : '+'}${Math.abs(n)}`;
/** Rounds away float noise (0.1 + 0.2) so that a sum exactly at the threshold passes. */
const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Sums the facts with the spec's weights. A fact kind the spec does not weigh is a bug in the rule. */
export function weigh(spec: EvidenceSpec, facts: readonly Fact[]): Weighed {
  let score = 0;
  const parts: string[] = [];
  for (const fact of facts) {
    const weight = spec.weights[fact.kind];
    if (weight === undefined) throw new Error(`evidence: no weight for the fact "${fact.kind}"`);
    score += weight;
    parts.push(`${signed(weight)} ${fact.kind}${fact.note ? ` (${fact.note})` : ''}`);
  }
  score = round(score);
  const named = !spec.needs || facts.some((f) => spec.needs?.includes(f.kind));
  const ok = score >= spec.threshold && named;
  const summary = `evidence ${score} ${score >= spec.threshold ? '≥' : '<'} ${spec.threshold}: ${parts.join(', ') || 'nothing'}`;
  return { ok, score, summary: named ? summary : `${summary}; but nothing names it a credential` };
}
