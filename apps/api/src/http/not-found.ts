import { apiError } from './validate.ts';

/** The 404 body for a known route and an unknown id: says what was not found. */
export function notFound(what: string, id: string) {
  return apiError('not_found', `${what} "${id}" does not exist`);
}
