import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../src/views/calendar-date.ts';

describe('formatCalendarDate', () => {
  it('writes the day, the month by name and the year, as written', () => {
    expect(formatCalendarDate('2024-02-03')).toBe('3 February 2024');
    expect(formatCalendarDate('1999-12-31')).toBe('31 December 1999');
    expect(formatCalendarDate('0001-01-01')).toBe('1 January 1');
  });
});
