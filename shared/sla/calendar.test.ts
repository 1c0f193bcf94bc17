import { describe, expect, it } from 'vitest';
import { describeDay, isWorkingDay, officialCalendar, withOverrides } from './calendar';

const works = (day: string) => isWorkingDay(officialCalendar, day);

describe('the official working calendar', () => {
  it('2025 Spring Festival: make-up Sunday and Saturday worked, 01-28 … 02-04 off', () => {
    expect(works('2025-01-26')).toBe(true); // Sunday, 调休上班
    expect(works('2025-02-08')).toBe(true); // Saturday, 调休上班
    for (const day of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']) {
      expect(works(day), day).toBe(false);
    }
    expect(works('2025-01-27')).toBe(true); // Monday between the make-up Sunday and the holiday
    expect(works('2025-02-05')).toBe(true);
  });

  it('2025 other holidays and make-up days', () => {
    expect(works('2025-01-01')).toBe(false); // 元旦, Wednesday
    expect(works('2025-04-27')).toBe(true); // Sunday worked for 劳动节
    expect(works('2025-05-05')).toBe(false); // Monday, 劳动节
    expect(works('2025-10-06')).toBe(false); // Monday, 中秋 inside 国庆
    expect(works('2025-10-08')).toBe(false); // Wednesday, last day of 国庆
    expect(works('2025-09-28')).toBe(true); // Sunday worked for 国庆
    expect(works('2025-10-11')).toBe(true); // Saturday worked for 国庆
  });

  it('ordinary weeks: Mon–Fri worked, weekends off', () => {
    expect(works('2025-03-05')).toBe(true); // Wednesday
    expect(works('2025-03-08')).toBe(false); // Saturday
    expect(works('2025-03-09')).toBe(false); // Sunday
  });

  it('2026 (国办发明电 of November 2025): Spring Festival and National Day', () => {
    expect(works('2026-01-04')).toBe(true); // Sunday worked for 元旦
    expect(works('2026-02-14')).toBe(true); // Saturday worked for 春节
    expect(works('2026-02-16')).toBe(false); // Monday, 春节
    expect(works('2026-02-23')).toBe(false); // Monday, last day of 春节
    expect(works('2026-02-28')).toBe(true); // Saturday worked for 春节
    expect(works('2026-05-05')).toBe(false); // Tuesday, 劳动节
    expect(works('2026-05-09')).toBe(true); // Saturday worked for 劳动节
    expect(works('2026-09-20')).toBe(true); // Sunday worked for 国庆
    expect(works('2026-09-25')).toBe(false); // Friday, 中秋
    expect(works('2026-10-07')).toBe(false); // Wednesday, 国庆
    expect(works('2026-10-10')).toBe(true); // Saturday worked for 国庆
  });

  it('names official days and flags days past its data as unofficial', () => {
    expect(describeDay(officialCalendar, '2025-01-28')).toEqual({ working: false, source: 'official', name: '春节' });
    expect(describeDay(officialCalendar, '2025-02-08')).toEqual({ working: true, source: 'official', name: '春节' });
    expect(describeDay(officialCalendar, '2025-03-05')).toEqual({ working: true, source: 'official' });
    expect(describeDay(officialCalendar, '2027-01-01')).toEqual({ working: true, source: 'unofficial' });
    expect(describeDay(officialCalendar, '2027-01-02')).toEqual({ working: false, source: 'unofficial' });
  });
});

describe('local overrides', () => {
  const town = withOverrides(officialCalendar, [
    { date: '2025-03-05', working: false, reason: '镇庙会' },
    { date: '2025-03-08', working: true, reason: '防汛值守' },
    { date: '2025-01-29', working: true, reason: '春节保障' },
  ]);

  it('win over weekdays, weekends and statutory holidays', () => {
    expect(isWorkingDay(town, '2025-03-05')).toBe(false);
    expect(isWorkingDay(town, '2025-03-08')).toBe(true);
    expect(isWorkingDay(town, '2025-01-29')).toBe(true);
    expect(describeDay(town, '2025-03-05')).toEqual({ working: false, source: 'override', name: '镇庙会' });
  });

  it('apply past the official data too, and leave the calendar they came from unchanged', () => {
    const later = withOverrides(town, [{ date: '2027-01-04', working: false, reason: '镇庆' }]);
    expect(isWorkingDay(later, '2027-01-04')).toBe(false);
    expect(isWorkingDay(town, '2027-01-04')).toBe(true);
    expect(isWorkingDay(officialCalendar, '2025-03-05')).toBe(true);
  });

  it('the later of two overrides of one day wins', () => {
    const twice = withOverrides(town, [{ date: '2025-03-05', working: true, reason: '庙会改期' }]);
    expect(isWorkingDay(twice, '2025-03-05')).toBe(true);
  });
});
