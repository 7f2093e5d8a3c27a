import { DATA_FORMAT_NAME, DATA_FORMAT_VERSION, type DatelineData } from '../../shared/data-file';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const RERUN = 'Run npm run preprocess to rebuild it.';

/** Accepts only the data format and version this app reads, with a message a person can act on. */
export function checkDataFile(json: unknown): Checked<DatelineData> {
  if (typeof json !== 'object' || json === null) {
    return { ok: false, message: `The data file is not a Dateline data file. ${RERUN}` };
  }
  const file = json as Partial<Record<keyof DatelineData, unknown>>;
  if (file.format !== DATA_FORMAT_NAME) {
    return { ok: false, message: `The data file is not a Dateline data file. ${RERUN}` };
  }
  if (file.version !== DATA_FORMAT_VERSION) {
    const version =
      typeof file.version === 'number' ? `version ${file.version}` : 'of no known version';
    return {
      ok: false,
      message: `This data file is ${version}; this app reads version ${DATA_FORMAT_VERSION}. ${RERUN}`,
    };
  }
  for (const key of ['articles', 'places', 'mentions', 'attribution'] as const) {
    if (!Array.isArray(file[key])) {
      return { ok: false, message: `The data file has no list of ${key}. ${RERUN}` };
    }
  }
  return { ok: true, value: json as DatelineData };
}
