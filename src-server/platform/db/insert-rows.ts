// Rows of several tables written by ONE statement (a chain of data-modifying CTEs) instead of a transaction of
// several round trips: the hot write paths (a submission, a claim) are bound by round trips, not by PostgreSQL.
// Rows are given as the model's fields (camelCase, as Prisma names them) and PostgreSQL itself converts each JSON
// value to its column's type (jsonb_populate_recordset), so no cast is written by hand. One statement is atomic:
// a failure anywhere leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client';
import { BoundedMemo } from '../../../src-shared/support/bounded-memo';
import { columnOf as column } from './model-columns';

/**
 * Values computed inside the statement (a number drawn from a sequence, the id of the row an UPDATE took), put
 * where their tokens stand in the rows' JSON. `from` names the CTE(s) the values come from; tokens must be
 * ones nobody can type (see `statementToken`).
 */
export interface Substitution {
  from: Prisma.Sql;
  values: Record<string, Prisma.Sql>;
}

/** A placeholder for a value the statement computes: random, so no text a person typed can contain it. */
export const statementToken = (name: string) => `«${name} ${randomUUID()}»`;

/** The statement's fixed parts for one table and field list, made once: the same few shapes are written on every request. */
interface RowShape {
  /** `INSERT INTO "table" (columns) SELECT r.columns FROM ` */
  head: Prisma.Sql;
  /** `jsonb_populate_recordset(NULL::"table", ` */
  populate: Prisma.Sql;
  columns: string[];
}
const populateEnd = Prisma.raw('::jsonb) AS r');
// Row shapes come from the code, not from input; the bound only guards against a caller that varies them.
const shapes = new BoundedMemo<string, RowShape>(1000);

function shapeOf(table: string, fields: string[]): RowShape {
  return shapes.answer(`${table}(${fields.join(',')})`, () => {
    const columns = fields.map(column);
    return {
      head: Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT ${columns.map((c) => `r."${c}"`).join(', ')} FROM `),
      populate: Prisma.raw(`jsonb_populate_recordset(NULL::"${table}", `),
      columns,
    };
  });
}

const definedFields = (row: Record<string, unknown>) => Object.keys(row).filter((k) => row[k] !== undefined);

/** `INSERT INTO table (columns) SELECT columns FROM jsonb_populate_recordset(…)` of `rows` (undefined fields are left to their defaults). */
export function insertRowsSql(table: string, rows: Record<string, unknown>[], substitution?: Substitution): Prisma.Sql {
  const fields = rows.length === 1 ? definedFields(rows[0]) : [...new Set(rows.flatMap(definedFields))];
  const shape = shapeOf(table, fields);
  const renamed = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) out[shape.columns[i]] = row[fields[i]];
    return out;
  });
  let json = Prisma.sql`${JSON.stringify(renamed)}::text`;
  for (const [token, value] of Object.entries(substitution?.values ?? {})) json = Prisma.sql`replace(${json}, ${token}, ${value})`;
  const from = substitution ? Prisma.sql`${substitution.from}, ` : Prisma.empty;
  return Prisma.sql`${shape.head}${from}${shape.populate}${json}${populateEnd}`;
}
