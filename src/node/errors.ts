/**
 * The one error type sitrep throws on purpose. Each code has a template that says what went
 * wrong and how to fix it, so a message read in a log is enough to act on.
 */
export const ERROR_TEMPLATES = {
  E001: 'No stage named "{name}" in the pipeline. Available: {options}.',
  E002: 'Stage "{stage}" needs "{needs}", which no earlier stage assigns. Put a stage that assigns it first.',
  E010: 'Cannot read data file {file}: {reason}. Reinstall sitrep or restore the file from the repository.',
  E011: 'Bad row in data file {file} line {line}: {reason}. Fix that line (see the header of the file for the columns).',
  E020: 'Input line {line} is not valid JSON: {reason}.',
  E021: 'Input line {line} has no "text" string. Each JSON line needs at least {"text": "..."}.',
  E022: 'Input file {file} cannot be read: {reason}.',
  E023: 'Input line {line} has an invalid "published" value {value}: use an ISO date such as 2026-02-02.',
  E030: 'Unknown option {option}. Run "sitrep --help" for the list.',
  E031: 'Missing argument: {what}. Run "sitrep --help" for usage.',
  E040: 'Model file {file} is missing or corrupt ({reason}). Rebuild it with "npm run train:syntax" or restore it from the repository.',
} as const;

export type ErrorCode = keyof typeof ERROR_TEMPLATES;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, details: Record<string, string | number> = {}) {
    super(`${code}: ${fillTemplate(ERROR_TEMPLATES[code], details)}`);
    this.name = 'SitrepError';
    this.code = code;
    this.details = details;
  }
}

function fillTemplate(template: string, details: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in details ? String(details[key]) : whole,
  );
}
