import { z } from './zod';

/** A calendar month, the period every observation is keyed by: "2024-06". */
export const monthSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM, such as 2024-06' }),
  );
export type Month = z.infer<typeof monthSchema>;

/** A calendar date: "2024-06-30". */
export const isoDateSchema = z.iso.date({
  error: 'expected a date as YYYY-MM-DD, such as 2024-06-30',
});

/** Stable identifiers: lower-case words joined by hyphens ("backlog-resolution-rate"). */
export const idSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id of lower-case letters, digits and hyphens',
  }),
  z.maxLength(80),
);

/** Free text that is shown to users; kept short enough to lay out, never interpreted as markup. */
export const labelSchema = z
  .string()
  .check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(200));
