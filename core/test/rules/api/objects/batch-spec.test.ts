import { describe, expect, it } from 'vitest';
import { cronJobSpecInvalid } from '../../../../src/rules/api/objects/cronjob-spec-invalid.js';
import { jobSpecInvalid } from '../../../../src/rules/api/objects/job-spec-invalid.js';
import { lint, manifest } from './object-builders.js';

/** A Job: `spec` lines (two-space indent), then a pod template with `pod` lines. */
const job = (spec: string, pod = '      restartPolicy: Never\n'): string =>
  manifest('batch/v1', 'Job', `spec:\n${spec ? `${spec}\n` : ''}  template:\n    spec:\n${pod}      containers: [{name: run, image: busybox}]`);

/** A CronJob with `spec` lines and a valid job template. */
const cronJob = (spec: string, jobSpec = ''): string =>
  manifest(
    'batch/v1',
    'CronJob',
    `spec:\n${spec}\n  jobTemplate:\n    spec:\n${jobSpec}      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: run, image: busybox}]`,
  );

// Upstream: pkg/apis/batch/validation/validation.go validateJobSpec (restartPolicy "Required value: valid values:
// \"OnFailure\", \"Never\"" when unset or Always, counts ≥ 0, "requires indexed completion mode", "when completion mode is
// Indexed"), validateGeneratedSelector ("`selector` not auto-generated") and ValidateJob's Indexed pod hostname check;
// validation_test.go TestValidateJob cases "spec.template.spec.restartPolicy:Required" and "spec.backoffLimit:must be
// greater than or equal to 0".
describe('job-spec-invalid', () => {
  it.each([
    { name: 'a Job with restartPolicy Never passes', yaml: job('  backoffLimit: 3'), want: [] },
    {
      name: 'a Job without restartPolicy fails (it defaults to Always)',
      yaml: job('', ''),
      want: ['job-spec-invalid 7:5 spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
    },
    {
      name: 'restartPolicy OnFailure with a podFailurePolicy fails',
      yaml: job('  podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]}', '      restartPolicy: OnFailure\n'),
      want: ['job-spec-invalid 9:22 spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified'],
    },
    {
      name: 'a negative backoffLimit fails',
      yaml: job('  backoffLimit: -1'),
      want: ['job-spec-invalid 6:17 spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0'],
    },
    {
      name: 'backoffLimitPerIndex on a NonIndexed Job fails',
      yaml: job('  backoffLimitPerIndex: 1'),
      want: ['job-spec-invalid 6:25 spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode'],
    },
    {
      name: 'an Indexed Job with parallelism but no completions fails',
      yaml: job('  completionMode: Indexed\n  parallelism: 2'),
      want: ['job-spec-invalid 5:1 spec.completions: Required value: when completion mode is Indexed'],
    },
    { name: 'an Indexed Job without parallelism or completions passes (both default to 1)', yaml: job('  completionMode: Indexed'), want: [] },
    {
      name: 'a selector without manualSelector fails',
      yaml: job('  selector: {matchLabels: {app: batch}}'),
      want: ['job-spec-invalid 6:13 spec.selector: Invalid value: {"matchLabels":{"app":"batch"}}: `selector` not auto-generated'],
    },
    { name: 'a selector with manualSelector passes', yaml: job('  manualSelector: true\n  selector: {matchLabels: {app: batch}}'), want: [] },
    {
      name: 'an Indexed Job whose last pod hostname is too long fails',
      yaml: manifest('batch/v1', 'Job', 'spec:\n  completionMode: Indexed\n  completions: 10\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: r, image: busybox}]', 'a'.repeat(62)),
      want: [`job-spec-invalid 4:9 metadata.name: Invalid value: "${'a'.repeat(62)}": will not able to create pod with invalid DNS label: ${'a'.repeat(62)}-9`],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(jobSpecInvalid, yaml)).toEqual(want);
  });
});

// Upstream: pkg/apis/batch/validation/validation.go validateCronJobSpec → validateScheduleFormat (robfig/cron ParseStandard
// errors; "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"), validateTimeZone ("unknown time zone …"),
// ValidateJobTemplateSpec ("`selector` will be auto-generated"); validation_test.go TestValidateCronJob cases
// "spec.schedule: cannot use TZ" and "spec.timeZone: unknown time zone".
describe('cronjob-spec-invalid', () => {
  it.each([
    { name: 'a five-field schedule with an IANA zone passes', yaml: cronJob('  schedule: "0 3 * * *"\n  timeZone: Europe/Paris'), want: [] },
    { name: 'a backward-compatible zone alias passes', yaml: cronJob('  schedule: "@hourly"\n  timeZone: Asia/Calcutta'), want: [] },
    {
      name: 'a four-field schedule fails with the parser message',
      yaml: cronJob('  schedule: "*/5 * * *"'),
      want: ['cronjob-spec-invalid 6:13 spec.schedule: Invalid value: "*/5 * * *": expected exactly 5 fields, found 4: [*/5 * * *]'],
    },
    {
      name: 'a TZ prefix in the schedule fails',
      yaml: cronJob('  schedule: "CRON_TZ=UTC 0 3 * * *"'),
      want: ['cronjob-spec-invalid 6:13 spec.schedule: Invalid value: "CRON_TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    },
    {
      name: 'an unknown time zone fails',
      yaml: cronJob('  schedule: "0 3 * * *"\n  timeZone: Europe/Pariss'),
      want: ['cronjob-spec-invalid 7:13 spec.timeZone: Invalid value: "Europe/Pariss": unknown time zone Europe/Pariss'],
    },
    {
      name: 'a zone in the wrong case fails (Go looks zone files up case-sensitively)',
      yaml: cronJob('  schedule: "0 3 * * *"\n  timeZone: europe/paris'),
      want: ['cronjob-spec-invalid 7:13 spec.timeZone: Invalid value: "europe/paris": unknown time zone europe/paris'],
    },
    {
      name: 'Local is not an explicit zone',
      yaml: cronJob('  schedule: "0 3 * * *"\n  timeZone: Local'),
      want: ['cronjob-spec-invalid 7:13 spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    },
    {
      name: 'a negative history limit fails',
      yaml: cronJob('  schedule: "@daily"\n  failedJobsHistoryLimit: -1'),
      want: ['cronjob-spec-invalid 7:27 spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0'],
    },
    {
      name: 'a job template selector fails',
      yaml: cronJob('  schedule: "@daily"', '      selector: {matchLabels: {app: x}}\n'),
      want: ['cronjob-spec-invalid 9:17 spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"app":"x"}}: `selector` will be auto-generated'],
    },
    {
      name: 'the job template restartPolicy is checked like a Job\'s',
      yaml: manifest('batch/v1', 'CronJob', 'spec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: run, image: busybox}]'),
      want: ['cronjob-spec-invalid 10:9 spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(cronJobSpecInvalid, yaml)).toEqual(want);
  });
});
