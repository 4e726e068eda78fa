import { parseCronSchedule } from '../../../model/cron-schedule.js';
import { asObject } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { checkNonNegative, fieldErrors, json, type FieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkJobSpec } from './job-spec-invalid.js';

/** validateTimeZone's character rule for each `/`-separated part of an IANA name. */
const ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

let zones: ReadonlySet<string> | undefined;

/**
 * Whether Go's time.LoadLocation knows the zone: the IANA names of the runtime's ICU (with their backward-
 * compatible aliases, which ICU resolves), case-sensitively as Go's zoneinfo lookup is.
 */
export function isKnownTimeZone(name: string): boolean {
  if (name === 'UTC' || name === '') return true;
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (zones.has(name)) return true;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    return false;
  }
}

/** pkg/apis/batch/validation validateTimeZone. */
function checkTimeZone(errs: FieldErrors, tz: string): void {
  const path = ['spec', 'timeZone'];
  if (tz === '') return errs.invalid(path, tz, 'timeZone must be nil or non-empty string');
  if (tz.split('/').some((p) => p === '.' || p === '..' || p.startsWith('-') || !ZONE_PART.test(p))) {
    return errs.invalid(path, tz, `unknown time zone ${tz}`);
  }
  if (tz.toLowerCase() === 'local') errs.invalid(path, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones');
  if (tz !== 'Local' && !isKnownTimeZone(tz)) errs.invalid(path, tz, `unknown time zone ${tz}`);
}

/**
 * CronJob spec: pkg/apis/batch/validation/validation.go validateCronJobSpec — the schedule parses with
 * robfig/cron ParseStandard and names no TZ/CRON_TZ (validateScheduleFormat), timeZone is a known IANA zone
 * (validateTimeZone), startingDeadlineSeconds and the history limits are ≥ 0 — and ValidateJobTemplateSpec
 * (the job template's spec as a Job's, no selector, no manualSelector). The 52-character name limit is
 * `object-name-invalid`'s.
 */
export const cronJobSpecInvalid: Rule = {
  meta: {
    id: 'cronjob-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A CronJob the API server rejects: unparsable schedule, TZ= in the schedule, unknown timeZone, negative limits, an invalid job template.',
    rationale:
      'pkg/apis/batch/validation/validation.go validateScheduleFormat (github.com/robfig/cron/v3 ParseStandard, no TZ/CRON_TZ), ' +
      'validateTimeZone (time.LoadLocation) and ValidateJobTemplateSpec.',
    howToFix: 'Write five fields (minute hour day-of-month month day-of-week) or a descriptor like @daily, and put the zone in `timeZone`.',
    examples: {
      invalid: 'spec:\n  schedule: "CRON_TZ=Europe/Paris 0 3 * * *"',
      valid: 'spec:\n  schedule: "0 3 * * *"\n  timeZone: Europe/Paris',
    },
    peers: ['kube-score:cronjob-restartpolicy'],
  },
  kinds: ['CronJob'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'batch' || !spec) return;
    const errs = fieldErrors(ctx);
    const schedule = spec.schedule;
    if (schedule === '') errs.required(['spec', 'schedule']);
    else if (typeof schedule === 'string') {
      const parsed = parseCronSchedule(schedule, isKnownTimeZone);
      if (!parsed.ok) errs.invalid(['spec', 'schedule'], schedule, parsed.error);
      if (schedule.includes('TZ')) errs.invalid(['spec', 'schedule'], schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
    }
    if (typeof spec.timeZone === 'string') checkTimeZone(errs, spec.timeZone);
    for (const field of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
      checkNonNegative(errs, spec[field], ['spec', field]);
    }
    const jobSpec = asObject(asObject(spec.jobTemplate)?.spec);
    if (!jobSpec) return;
    const path = ['spec', 'jobTemplate', 'spec'];
    checkJobSpec(errs, jobSpec, path);
    if (jobSpec.selector != null) errs.invalid([...path, 'selector'], json(jobSpec.selector), '`selector` will be auto-generated');
    if (jobSpec.manualSelector === true) errs.notSupported([...path, 'manualSelector'], true, ['nil', 'false']);
  },
};
