// A model's columns written out for hand-made SQL, from the field list Prisma generates (`Prisma.XScalarFieldEnum`):
// every column is the field's name in snake_case (the schema's @map convention). Listing them, never `*`, keeps a
// prepared statement valid when a later migration adds a column.
import { Prisma } from '../../generated/prisma/client';

const knownColumns = new Map<string, string>();
/** A model field's column (camelCase → snake_case), remembered: the same few dozen names on every write. */
export function columnOf(field: string): string {
  let name = knownColumns.get(field);
  if (name === undefined) knownColumns.set(field, (name = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return name;
}

/** `alias."column" AS "field", …` for every field: a row as Prisma names its fields. */
export const selectColumns = (fields: Record<string, string>, alias: string): Prisma.Sql =>
  Prisma.raw(Object.keys(fields).map((f) => `${alias}."${columnOf(f)}" AS "${f}"`).join(', '));

/** `json_build_object('field', alias."column", …)` for every field (timestamps and dates then come as text). */
export const jsonColumns = (fields: Record<string, string>, alias: string): Prisma.Sql =>
  Prisma.raw(`json_build_object(${Object.keys(fields).map((f) => `'${f}', ${alias}."${columnOf(f)}"`).join(', ')})`);
