// A model's columns written out for hand-made SQL, from the field list Prisma generates (`Prisma.XScalarFieldEnum`):
// every column is the field's name in snake_case (the schema's @map convention). Listing them, never `*`, keeps a
// prepared statement valid when a later migration adds a column.
import { Prisma } from '../../generated/prisma/client';
import { BoundedMemo } from '../../../src-shared/support/bounded-memo';

const knownColumns = new BoundedMemo<string, string>(10_000);
/** A model field's column (camelCase → snake_case), remembered: the same few dozen names on every write. */
export const columnOf = (field: string): string => knownColumns.answer(field, () => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

/** `alias."column" AS "field", …` for every field: a row as Prisma names its fields. */
export const selectColumns = (fields: Record<string, string>, alias: string): Prisma.Sql =>
  Prisma.raw(Object.keys(fields).map((f) => `${alias}."${columnOf(f)}" AS "${f}"`).join(', '));

/** `json_build_object('field', alias."column", …)` for every field (timestamps and dates then come as text). */
export const jsonColumns = (fields: Record<string, string>, alias: string): Prisma.Sql =>
  Prisma.raw(`json_build_object(${Object.keys(fields).map((f) => `'${f}', ${alias}."${columnOf(f)}"`).join(', ')})`);
