/**
 * CronJob schedules as the API server parses them: github.com/robfig/cron/v3 `ParseStandard` (parser.go), the
 * parser pkg/apis/batch/validation validateScheduleFormat calls. Five fields (minute hour day-of-month month
 * day-of-week) with `*`, `?`, ranges, steps, lists and month/day names, or a descriptor (`@daily`,
 * `@every 1h30m`); an optional `TZ=`/`CRON_TZ=` prefix. Errors carry robfig's wording, which the API server
 * returns verbatim (`end of range (61) above maximum (59): 61`).
 */

export interface CronField {
  /** The values the field matches, ascending. */
  values: number[];
  /** Written as `*` or `?` (robfig's star bit: day-of-month and day-of-week then do not restrict each other). */
  star: boolean;
}

export type CronSchedule =
  | { kind: 'fields'; minute: CronField; hour: CronField; dayOfMonth: CronField; month: CronField; dayOfWeek: CronField; timeZone?: string }
  | { kind: 'every'; seconds: number; timeZone?: string };

export type CronParseResult = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DOW: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };
const FIELD_BOUNDS: readonly Bounds[] = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, MONTHS, DOW];

/** `@yearly` & co. as the five fields they stand for. */
const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const INT = /^[+-]?[0-9]+$/;
const MAX_INT64 = 9223372036854775807n;

class CronError extends Error {}

/** strconv.Atoi with robfig's mustParseInt checks. */
function mustParseInt(expr: string): number {
  if (!INT.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const big = BigInt(expr);
  if (big > MAX_INT64 || big < -MAX_INT64 - 1n) {
    throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`);
  }
  if (big < 0n) throw new CronError(`negative number (${big}) not allowed: ${expr}`);
  return Number(big);
}

function parseIntOrName(expr: string, r: Bounds): number {
  const named = r.names?.[expr.toLowerCase()];
  return named !== undefined ? named : mustParseInt(expr);
}

/** robfig getRange: `*`, `?`, `a`, `a-b`, each with an optional `/step`. */
function getRange(expr: string, r: Bounds, into: Set<number>): boolean {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] as string).split('-');
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0] as string, r);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1] as string, r);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1] as string);
    if (lowAndHigh.length === 1) end = r.max; // `N/step` means `N-max/step`
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) {
    throw new CronError(`too many slashes: ${expr}`);
  }
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  for (let v = start; v <= end; v += step) into.add(v);
  return star;
}

function getField(field: string, r: Bounds): CronField {
  const set = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter((e) => e !== '')) star = getRange(expr, r, set) || star;
  return { values: [...set].sort((a, b) => a - b), star };
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Go's time.ParseDuration (`1h30m`, `90s`, `1.5h`), in seconds; throws with Go's message. */
function parseDuration(s: string): number {
  const quoted = JSON.stringify(s);
  let rest = s;
  let sign = 1;
  if (rest[0] === '-' || rest[0] === '+') {
    sign = rest[0] === '-' ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw new CronError(`time: invalid duration ${quoted}`);
  let total = 0;
  while (rest !== '') {
    const num = /^([0-9]*)(\.[0-9]*)?/.exec(rest) as RegExpExecArray;
    if (num[0] === '' || num[0] === '.') throw new CronError(`time: invalid duration ${quoted}`);
    rest = rest.slice(num[0].length);
    const unit = /^[^0-9.]*/.exec(rest)?.[0] ?? '';
    if (unit === '') throw new CronError(`time: missing unit in duration ${quoted}`);
    const factor = DURATION_UNITS[unit];
    if (factor === undefined) throw new CronError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    total += Number(num[0]) * factor;
    rest = rest.slice(unit.length);
  }
  return sign * total;
}

function parseFields(spec: string, timeZone: string | undefined): CronSchedule {
  if (spec.startsWith('@')) {
    if (spec.startsWith('@every ')) {
      try {
        return { kind: 'every', seconds: parseDuration(spec.slice('@every '.length)), ...(timeZone ? { timeZone } : {}) };
      } catch (e) {
        throw new CronError(`failed to parse duration ${spec}: ${(e as Error).message}`);
      }
    }
    const fields = DESCRIPTORS[spec];
    if (fields === undefined) throw new CronError(`unrecognized descriptor: ${spec}`);
    return parseFields(fields, timeZone);
  }
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields.map((f, i) => getField(f, FIELD_BOUNDS[i] as Bounds)) as [CronField, CronField, CronField, CronField, CronField];
  return { kind: 'fields', minute, hour, dayOfMonth, month, dayOfWeek, ...(timeZone ? { timeZone } : {}) };
}

/**
 * Parses a schedule like cron.ParseStandard. `isTimeZone` decides whether a `TZ=`/`CRON_TZ=` prefix names a
 * zone Go's time.LoadLocation knows (the caller owns the zone database).
 */
export function parseCronSchedule(input: string, isTimeZone: (name: string) => boolean = () => true): CronParseResult {
  try {
    if (input.length === 0) throw new CronError('empty spec string');
    let spec = input;
    let timeZone: string | undefined;
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const space = spec.indexOf(' ');
      const eq = spec.indexOf('=');
      // robfig slices spec[eq+1:-1] without a space, and panics; the API server answers with an error either way.
      if (space < 0) throw new CronError(`provided bad location ${spec.slice(eq + 1)}: missing schedule`);
      timeZone = spec.slice(eq + 1, space);
      if (!isTimeZone(timeZone)) throw new CronError(`provided bad location ${timeZone}: unknown time zone ${timeZone}`);
      spec = spec.slice(space).trim();
    }
    return { ok: true, schedule: parseFields(spec, timeZone) };
  } catch (e) {
    if (e instanceof CronError) return { ok: false, error: e.message };
    throw e;
  }
}
