import { describe, expect, it } from 'vitest';
import { parseCronSchedule } from '../../src/model/cron-schedule.js';

const errorOf = (spec: string, isTimeZone?: (tz: string) => boolean): string | undefined => {
  const r = parseCronSchedule(spec, isTimeZone);
  return r.ok ? undefined : r.error;
};

// Upstream: github.com/robfig/cron/v3 parser.go (ParseStandard, getRange, mustParseInt, parseDescriptor) and
// parser_test.go TestRangeErrors / TestParseScheduleErrors / TestStandardSpecSchedule; the API server returns these
// messages verbatim (pkg/apis/batch/validation validateScheduleFormat).
describe('parseCronSchedule', () => {
  it.each([
    { name: 'five stars are valid', spec: '* * * * *' },
    { name: 'steps, ranges and lists are valid', spec: '*/15 9-17 1,15 * mon-fri' },
    { name: 'month and weekday names are case-insensitive', spec: '0 0 * JAN-Mar SUN' },
    { name: 'a `N/step` field means N-max/step', spec: '5/20 * * * *' },
    { name: 'question marks act as stars', spec: '0 0 ? * ?' },
    { name: 'descriptors are valid', spec: '@daily' },
    { name: '@every takes a Go duration', spec: '@every 1h30m' },
    { name: 'a TZ prefix with a known zone is valid for the parser', spec: 'CRON_TZ=UTC 0 3 * * *' },
  ])('$name', ({ spec }) => {
    expect(errorOf(spec)).toBeUndefined();
  });

  it.each([
    { name: 'four fields are too few', spec: '*/5 * * *', error: 'expected exactly 5 fields, found 4: [*/5 * * *]' },
    { name: 'six fields (with seconds) are too many', spec: '0 */5 * * * *', error: 'expected exactly 5 fields, found 6: [0 */5 * * * *]' },
    { name: 'minute 61 is above the maximum', spec: '61 * * * *', error: 'end of range (61) above maximum (59): 61' },
    { name: 'weekday 7 is above the maximum (Sunday is 0)', spec: '0 0 * * 7', error: 'end of range (7) above maximum (6): 7' },
    { name: 'day-of-month 0 is below the minimum', spec: '0 0 0 * *', error: 'beginning of range (0) below minimum (1): 0' },
    { name: 'a reversed range fails', spec: '0 5-3 * * *', error: 'beginning of range (5) beyond end of range (3): 5-3' },
    { name: 'a zero step fails', spec: '*/0 * * * *', error: 'step of range should be a positive number: */0' },
    { name: 'two hyphens fail', spec: '1-2-3 * * * *', error: 'too many hyphens: 1-2-3' },
    { name: 'two slashes fail', spec: '*/2/3 * * * *', error: 'too many slashes: */2/3' },
    { name: 'a word fails to parse as an int', spec: 'x * * * *', error: 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax' },
    { name: 'an unknown descriptor fails', spec: '@fortnightly', error: 'unrecognized descriptor: @fortnightly' },
    { name: 'a duration without unit fails', spec: '@every 5', error: 'failed to parse duration @every 5: time: missing unit in duration "5"' },
    { name: 'a duration in days fails', spec: '@every 1d', error: 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"' },
    { name: 'an empty schedule fails', spec: '', error: 'empty spec string' },
  ])('$name', ({ spec, error }) => {
    expect(errorOf(spec)).toBe(error);
  });

  it('rejects a TZ prefix naming an unknown zone', () => {
    expect(errorOf('TZ=Mars/Olympus 0 0 * * *', (tz) => tz !== 'Mars/Olympus')).toBe('provided bad location Mars/Olympus: unknown time zone Mars/Olympus');
  });

  it('returns the matched values and the star flags', () => {
    const r = parseCronSchedule('*/20 3 * * 1-5');
    expect(r.ok && r.schedule.kind === 'fields' && r.schedule.minute.values).toEqual([0, 20, 40]);
    expect(r.ok && r.schedule.kind === 'fields' && [r.schedule.dayOfMonth.star, r.schedule.dayOfWeek.star]).toEqual([true, false]);
  });
});
