// How an event's date reads on a page: at the precision the source gave, or "undated" with the phrase.
import type { KbEvent } from '../knowledge/knowledge-base.ts';
import { intervalLabel } from './geometry/timex-label.ts';
import { timexInterval } from './geometry/timex.ts';

export function eventDateLabel(event: Pick<KbEvent, 'date' | 'when' | 'relative'>): { label: string; datetime?: string } {
  if (!event.date) return { label: `undated: “${event.relative ?? event.when}”` };
  const interval = timexInterval(event.date);
  if (!interval) return { label: event.when };
  return { label: intervalLabel(event.date, interval), ...(/^\d{4}(-\d{2}){0,2}$/u.test(event.date) ? { datetime: event.date } : {}) };
}
