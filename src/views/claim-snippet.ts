// How a figure or an event is shown: the clause that states it, with its value or date marked, cut to a length
// around the mark when the clause is long. Pure; the components only render the parts.
import type { KbEvent, KbFigure } from '../knowledge/knowledge-base.ts';

export interface SnippetParts {
  /** An ellipsis goes before `before`: the snippet starts inside its sentence. */
  leading: boolean;
  before: string;
  mark: string;
  after: string;
  /** An ellipsis goes after `after`. */
  trailing: boolean;
}

type Claim = Pick<KbFigure | KbEvent, 'clause' | 'mark' | 'text'>;

/** Cut `text` to at most `room` characters at a word boundary, from its start (`fromEnd` false) or its end. */
function cut(text: string, room: number, fromEnd: boolean): [string, boolean] {
  if (text.length <= room) return [text, false];
  if (room <= 0) return ['', text.trim().length > 0];
  if (fromEnd) {
    const piece = text.slice(text.length - room);
    const space = piece.search(/\s/u);
    return [space >= 0 && space < piece.length - 1 ? piece.slice(space + 1) : piece, true];
  }
  const piece = text.slice(0, room);
  const space = piece.search(/\s\S*$/u);
  return [space > 0 ? piece.slice(0, space) : piece, true];
}

/** The claim's clause in three parts around its value or date, at most about `max` characters. */
export function claimSnippet(claim: Claim, max = Infinity): SnippetParts {
  const from = Math.max(0, Math.min(claim.clause.length, claim.mark.start));
  const to = Math.max(from, Math.min(claim.clause.length, claim.mark.end));
  const mark = claim.clause.slice(from, to);
  const at = claim.text.indexOf(claim.clause);
  let leading = at > 0;
  let trailing = at >= 0 && at + claim.clause.length < claim.text.replace(/[\s.!?"”’)]+$/u, '').length;
  if (!Number.isFinite(max)) return { leading, before: claim.clause.slice(0, from), mark, after: claim.clause.slice(to), trailing };
  const room = Math.max(0, max - mark.length);
  // Half the room after the mark; what the words after it leave unused goes to the words before it.
  const [after, cutAfter] = cut(claim.clause.slice(to), room - Math.floor(room / 2), false);
  const [before, cutBefore] = cut(claim.clause.slice(0, from), room - after.length, true);
  leading ||= cutBefore;
  trailing ||= cutAfter;
  return { leading, before, mark, after, trailing };
}

/** The snippet as plain text, for titles and search records. */
export function snippetText(claim: Claim, max = Infinity): string {
  const s = claimSnippet(claim, max);
  return `${s.leading ? '… ' : ''}${s.before}${s.mark}${s.after}${s.trailing ? ' …' : ''}`;
}
