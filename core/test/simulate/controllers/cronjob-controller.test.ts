import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { nextScheduleTimes } from '../../../src/simulate/controllers/cron-job-schedule.js';

const cronJob = (spec: Obj): Obj => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'report' }, spec: { jobTemplate: {}, ...spec } });
const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString().replace('.000Z', 'Z'));

// Upstream: pkg/controller/cronjob/utils.go nextScheduleTime; github.com/robfig/cron/v3 spec.go
// SpecSchedule.Next, dayMatches (spec_test.go TestNext, TestNextWithTz) and constantdelay.go.
describe('nextScheduleTimes', () => {
  it.each([
    { name: 'every 15 minutes from 12:07', spec: { schedule: '*/15 * * * *' }, now: '2024-05-01T12:07:30Z', next: ['2024-05-01T12:15:00Z', '2024-05-01T12:30:00Z', '2024-05-01T12:45:00Z'] },
    { name: 'a time exactly on a match is not itself the next run', spec: { schedule: '*/15 * * * *' }, now: '2024-05-01T12:15:00Z', next: ['2024-05-01T12:30:00Z', '2024-05-01T12:45:00Z', '2024-05-01T13:00:00Z'] },
    { name: '@daily runs at midnight UTC without a time zone', spec: { schedule: '@daily' }, now: '2024-05-01T12:00:00Z', next: ['2024-05-02T00:00:00Z', '2024-05-03T00:00:00Z', '2024-05-04T00:00:00Z'] },
    { name: 'weekdays at 9:00 in New York are 13:00 UTC in summer, skipping the weekend', spec: { schedule: '0 9 * * 1-5', timeZone: 'America/New_York' }, now: '2024-05-03T14:00:00Z', next: ['2024-05-06T13:00:00Z', '2024-05-07T13:00:00Z', '2024-05-08T13:00:00Z'] },
    { name: 'a restricted day of month and day of week fire on either (13th or Friday)', spec: { schedule: '0 0 13 * 5' }, now: '2024-09-01T00:00:00Z', next: ['2024-09-06T00:00:00Z', '2024-09-13T00:00:00Z', '2024-09-20T00:00:00Z'] },
    { name: 'a day of month with a star day of week fires on that day only', spec: { schedule: '0 0 13 * *' }, now: '2024-09-01T00:00:00Z', next: ['2024-09-13T00:00:00Z', '2024-10-13T00:00:00Z', '2024-11-13T00:00:00Z'] },
    { name: 'a wall-clock time skipped by daylight saving does not fire that day', spec: { schedule: '30 2 * * *', timeZone: 'America/New_York' }, now: '2024-03-09T12:00:00Z', next: ['2024-03-11T06:30:00Z', '2024-03-12T06:30:00Z', '2024-03-13T06:30:00Z'] },
    { name: 'a half-hour zone shifts the run by its offset', spec: { schedule: '0 8 * * *', timeZone: 'Asia/Kolkata' }, now: '2024-05-01T00:00:00Z', next: ['2024-05-01T02:30:00Z', '2024-05-02T02:30:00Z', '2024-05-03T02:30:00Z'] },
    { name: 'February 29 is found across the years', spec: { schedule: '0 0 29 2 *' }, now: '2024-03-01T00:00:00Z', next: ['2028-02-29T00:00:00Z'] },
    { name: '@every counts from the current second', spec: { schedule: '@every 90m' }, now: '2024-05-01T12:00:20.500Z', next: ['2024-05-01T13:30:20Z', '2024-05-01T15:00:20Z', '2024-05-01T16:30:20Z'] },
  ])('$name', ({ spec, now, next }) => {
    expect(iso(nextScheduleTimes(cronJob(spec), new Date(now), next.length))).toEqual(next);
  });

  it.each([
    { name: 'a suspended CronJob has no next run', spec: { schedule: '* * * * *', suspend: true } },
    { name: 'an invalid schedule has no next run', spec: { schedule: '61 * * * *' } },
    { name: 'an unknown time zone has no next run', spec: { schedule: '* * * * *', timeZone: 'Mars/Olympus_Mons' } },
    { name: 'a date that never comes (February 30) gives up after five years', spec: { schedule: '0 0 30 2 *' } },
  ])('$name', ({ spec }) => {
    expect(nextScheduleTimes(cronJob(spec), new Date('2024-05-01T12:00:00Z'), 3)).toEqual([]);
  });
});
