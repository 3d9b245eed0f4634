/** Refuses request bodies over MAX_BODY_BYTES with a 413 in the API's error shape, before anything parses them. */
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './validate.ts';

/** Generous for any form of this app (a figure, a user, a list of role assignments). */
export const MAX_BODY_BYTES = 64 * 1024;

export const bodySizeLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) =>
    c.json(
      apiError(
        'payload_too_large',
        `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KiB) / Request body too large (at most ${MAX_BODY_BYTES / 1024} KiB)`,
      ),
      413,
    ),
});
