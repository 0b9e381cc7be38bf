// STAND-IN reply shapes, after apps/api/v1/controllers/base.rb (v1: every error is HTTP 404,
// with X-OTS-Intended-Status) and ADR-013 (v2: real status codes, `error`/`error_type`).

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
  contentType?: string;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: JSON.stringify(value), contentType: 'application/json' };
}

export function v1Error(intendedStatus: number, message: string, extra: object = {}): Reply {
  return json(404, { message, ...extra }, { 'X-OTS-Intended-Status': String(intendedStatus) });
}

export function v2Error(
  status: number,
  error: string,
  errorType: string,
  extra: object = {},
): Reply {
  return json(status, { error, error_type: errorType, ...extra });
}

export function html(status: number, body: string): Reply {
  return { status, body, contentType: 'text/html; charset=utf-8' };
}
