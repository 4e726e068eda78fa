/**
 * When a CronJob will next start Jobs (pkg/controller/cronjob/utils.go nextScheduleTime over
 * github.com/robfig/cron/v3 SpecSchedule.Next and ConstantDelaySchedule.Next). The simulation does not run
 * CronJobs — a steady state has no passing time — but the plan shows their upcoming runs.
 *
 * Times are matched on the wall clock of `spec.timeZone` (an IANA name, read through Intl; Node's full ICU
 * knows the same zones as Go's tzdata). Without it kube-controller-manager uses its own local zone, which
 * kubeplan cannot know: it uses UTC. A wall-clock time skipped by a daylight-saving jump does not fire, as
 * with robfig. Nothing is listed for a suspended CronJob, an invalid schedule or an unknown zone.
 */
import { parseCronSchedule, type CronSchedule } from '../../model/cron-schedule.js';
import { asBoolean, asString, getIn, type Obj } from '../../model/fields.js';

const MINUTE = 60_000;
/** robfig gives up when nothing matches within five years (`0 0 30 2 *` never fires). */
const SEARCH_LIMIT = 5 * 366 * 24 * 60 * MINUTE;
const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

interface WallClock {
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

type Clock = (ms: number) => WallClock;

function utcClock(ms: number): WallClock {
  const d = new Date(ms);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The wall clock of an IANA zone; undefined for a zone Intl does not know. */
function clockFor(timeZone: string): Clock | undefined {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return utcClock;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
  } catch {
    return undefined;
  }
  return (ms) => {
    const parts: Record<string, string> = {};
    for (const p of format.formatToParts(ms)) parts[p.type] = p.value;
    return { month: Number(parts.month), day: Number(parts.day), weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0, hour: Number(parts.hour), minute: Number(parts.minute) };
  };
}

type FieldsSchedule = Extract<CronSchedule, { kind: 'fields' }>;

/** robfig dayMatches: with a `*` in either day field both must match, otherwise either. */
function dayMatches(s: FieldsSchedule, c: WallClock): boolean {
  const dom = s.dayOfMonth.values.includes(c.day);
  const dow = s.dayOfWeek.values.includes(c.weekday);
  return s.dayOfMonth.star || s.dayOfWeek.star ? dom && dow : dom || dow;
}

/**
 * Walks forward from the next whole minute, skipping whole days and hours that cannot match. A day is skipped
 * to one hour before its midnight at most, so that a 23-hour daylight-saving day never jumps past a match.
 */
function fieldTimes(s: FieldsSchedule, clock: Clock, from: number, count: number): Date[] {
  const out: Date[] = [];
  const limit = from + SEARCH_LIMIT;
  let t = Math.floor(from / MINUTE) * MINUTE + MINUTE;
  while (out.length < count && t <= limit) {
    const c = clock(t);
    if (!s.month.values.includes(c.month) || !dayMatches(s, c)) {
      const rest = 24 * 60 - (c.hour * 60 + c.minute);
      t += (rest > 60 ? rest - 60 : rest) * MINUTE;
    } else if (!s.hour.values.includes(c.hour)) {
      t += (60 - c.minute) * MINUTE;
    } else {
      const next = s.minute.values.find((m) => m >= c.minute);
      if (next === c.minute) {
        out.push(new Date(t));
        t += MINUTE;
      } else t += ((next ?? 60) - c.minute) * MINUTE;
    }
  }
  return out;
}

/** ConstantDelaySchedule: every `seconds` (whole seconds, at least one) from the current second. */
function everyTimes(seconds: number, from: number, count: number): Date[] {
  const delay = Math.max(1, Math.trunc(seconds)) * 1000;
  const base = Math.floor(from / 1000) * 1000;
  return Array.from({ length: count }, (_, i) => new Date(base + (i + 1) * delay));
}

/** The next `count` times the CronJob is scheduled after `now`, in its time zone; none when suspended. */
export function nextScheduleTimes(cronJob: Readonly<Obj>, now: Date, count: number): Date[] {
  if (count <= 0 || asBoolean(getIn(cronJob, 'spec', 'suspend')) === true) return [];
  const parsed = parseCronSchedule(asString(getIn(cronJob, 'spec', 'schedule')) ?? '');
  if (!parsed.ok) return [];
  const schedule = parsed.schedule;
  if (schedule.kind === 'every') return everyTimes(schedule.seconds, now.getTime(), count);
  const clock = clockFor(asString(getIn(cronJob, 'spec', 'timeZone')) ?? schedule.timeZone ?? 'UTC');
  return clock === undefined ? [] : fieldTimes(schedule, clock, now.getTime(), count);
}
