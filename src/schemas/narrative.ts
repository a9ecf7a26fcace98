import { z } from './zod';
import { idSchema } from './common';
import { sectionIdSchema } from './initiative';

/** Placeholders in a sentence look like {resolved}; each names one binding. */
export const placeholderPattern = /\{([a-z][a-z0-9-]*)\}/g;

export const narrativeBindingSchema = z.object({
  key: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  indicatorId: idSchema,
  /** null binds to the region as a whole (all units combined). */
  unitId: z.nullable(idSchema),
  measure: z.enum(['latest', 'change-mom', 'change-yoy', 'target']),
});
export type NarrativeBinding = z.infer<typeof narrativeBindingSchema>;

const placeholdersOf = (text: string) =>
  [...text.matchAll(placeholderPattern)].map((match) => match[1]);

export const narrativeSentenceSchema = z
  .object({
    id: idSchema,
    section: sectionIdSchema,
    /** The report's sentence with its redacted figures turned into placeholders. */
    text: z.string().check(z.minLength(1), z.maxLength(1000)),
    textEn: z.string().check(z.minLength(1), z.maxLength(1000)),
    bindings: z.array(narrativeBindingSchema),
  })
  .check(
    z.superRefine((sentence, context) => {
      const keys = new Set(sentence.bindings.map((binding) => binding.key));
      for (const [field, text] of [
        ['text', sentence.text],
        ['textEn', sentence.textEn],
      ] as const) {
        for (const key of placeholdersOf(text)) {
          if (key !== undefined && !keys.has(key)) {
            context.addIssue({
              code: 'custom',
              path: [field],
              message: `placeholder {${key}} has no binding`,
            });
          }
        }
      }
    }),
  );
export type NarrativeSentence = z.infer<typeof narrativeSentenceSchema>;
