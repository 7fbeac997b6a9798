import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'

/** A table as the backup sees it: the columns it stores (generated ones are computed again) and its key. */
export interface TableShape {
  name: string
  columns: string[]
  primaryKey: string[]
}

export interface SequenceValue {
  name: string
  lastValue: string
  isCalled: boolean
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
export const quoted = (names: readonly string[]) => names.map(quote).join(', ')
export const tableRef = (name: string) => `public.${quote(name)}`

/**
 * Every table of the application's schema, ordered so that a table comes after every table its foreign
 * keys point at: loading in this order never breaks a constraint. A cycle of foreign keys is refused,
 * because rows could then not be loaded with the constraints checked.
 */
export async function listTables(db: Db): Promise<TableShape[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.relname as table_name, a.attname as column_name
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
           and a.attgenerated = ''
         order by c.relname, a.attnum`,
  )
  const keys = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.relname as table_name, a.attname as column_name
          from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          cross join lateral unnest(k.conkey) with ordinality as key(attnum, position)
          join pg_attribute a on a.attrelid = c.oid and a.attnum = key.attnum
         where n.nspname = 'public' and k.contype = 'p'
         order by c.relname, key.position`,
  )
  const references = await queryRows<{ from_table: string; to_table: string }>(
    db,
    sql`select distinct f.relname as from_table, t.relname as to_table
          from pg_constraint k
          join pg_class f on f.oid = k.conrelid
          join pg_class t on t.oid = k.confrelid
          join pg_namespace n on n.oid = f.relnamespace
         where n.nspname = 'public' and k.contype = 'f' and k.conrelid <> k.confrelid`,
  )
  const shapes = new Map<string, TableShape>()
  for (const { table_name, column_name } of columns) {
    const shape = shapes.get(table_name) ?? { name: table_name, columns: [], primaryKey: [] }
    shape.columns.push(column_name)
    shapes.set(table_name, shape)
  }
  for (const { table_name, column_name } of keys) shapes.get(table_name)?.primaryKey.push(column_name)

  const dependsOn = new Map<string, Set<string>>([...shapes.keys()].map((name) => [name, new Set<string>()]))
  for (const { from_table, to_table } of references) dependsOn.get(from_table)?.add(to_table)
  const ordered: TableShape[] = []
  const done = new Set<string>()
  const visiting = new Set<string>()
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return
    if (visiting.has(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(' → ')}`)
    visiting.add(name)
    for (const target of [...(dependsOn.get(name) ?? [])].sort()) visit(target, [...path, name])
    visiting.delete(name)
    done.add(name)
    const shape = shapes.get(name)
    if (shape) ordered.push(shape)
  }
  for (const name of [...shapes.keys()].sort()) visit(name, [])
  return ordered
}

/** The SELECT that gives a table's rows as JSON text, one a row, in a stable order. */
function rowsQuery(table: TableShape): string {
  const order = table.primaryKey.length > 0 ? quoted(table.primaryKey) : 'row_to_json(x)::text'
  return `select row_to_json(x)::text as line from (select ${quoted(table.columns)} from ${tableRef(table.name)}) x order by ${order}`
}

/**
 * Reads a table's rows as JSON lines through a cursor, a batch at a time, so a large table never sits in
 * memory whole. Must run inside a transaction (a cursor lives in one); `onLine` gets each line with its
 * newline.
 */
export async function readTableLines(
  tx: Db,
  table: TableShape,
  onLine: (line: string) => Promise<void> | void,
  batchSize = 1000,
): Promise<number> {
  const cursor = quote(`backup_${table.name}`)
  await tx.execute(sql.raw(`declare ${cursor} no scroll cursor for ${rowsQuery(table)}`))
  let rows = 0
  for (;;) {
    const batch = await queryRows<{ line: string }>(tx, sql.raw(`fetch forward ${batchSize} from ${cursor}`))
    for (const { line } of batch) await onLine(`${line}\n`)
    rows += batch.length
    if (batch.length < batchSize) break
  }
  await tx.execute(sql.raw(`close ${cursor}`))
  return rows
}

/** Settings that make the JSON of a row the same on every server: timestamps in UTC, ISO dates. */
export async function stableOutputSettings(tx: Db): Promise<void> {
  await tx.execute(sql.raw(`set local timezone = 'UTC'`))
  await tx.execute(sql.raw(`set local datestyle = 'ISO, YMD'`))
  await tx.execute(sql.raw(`set local intervalstyle = 'postgres'`))
  await tx.execute(sql.raw(`set local extra_float_digits = 1`))
}

export interface TableChecksum {
  rows: number
  sha256: string
}

/**
 * Each table's row count and the SHA-256 of its rows as the backup writes them: two databases whose
 * checksums agree hold the same rows. Used by the backup's manifest and to check a restore.
 */
export async function tableChecksums(db: Db): Promise<Record<string, TableChecksum>> {
  return db.transaction(async (tx) => {
    await stableOutputSettings(tx)
    const result: Record<string, TableChecksum> = {}
    for (const table of await listTables(tx)) {
      const hash = createHash('sha256')
      const rows = await readTableLines(tx, table, (line) => {
        hash.update(line)
      })
      result[table.name] = { rows, sha256: hash.digest('hex') }
    }
    return result
  })
}

export async function readSequences(db: Db): Promise<SequenceValue[]> {
  const rows = await queryRows<{ name: string; last_value: string | null; start_value: string }>(
    db,
    sql`select sequencename as name, last_value::text, start_value::text
          from pg_sequences where schemaname = 'public' order by sequencename`,
  )
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value ?? r.start_value, isCalled: r.last_value !== null }))
}

export async function writeSequences(tx: Db, sequences: readonly SequenceValue[]): Promise<void> {
  for (const s of sequences) {
    await tx.execute(sql`select setval(${tableRef(s.name)}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`)
  }
}

/** Inserts rows given as JSON lines, exactly as written (identity and serial values included). */
export async function insertLines(tx: Db, table: TableShape, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return
  const columns = quoted(table.columns)
  const text = `[${lines.join(',')}]`
  await tx.execute(
    sql`${sql.raw(`insert into ${tableRef(table.name)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${tableRef(table.name)}, `)}${text}::json)`,
  )
}

/** The migrations applied to this database, oldest first (drizzle's own record of them). */
export async function appliedMigrations(db: Db): Promise<{ hash: string; createdAt: number }[]> {
  try {
    const rows = await queryRows<{ hash: string; created_at: string }>(
      db,
      sql`select hash, created_at::text from drizzle.__drizzle_migrations order by created_at, id`,
    )
    return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }))
  } catch {
    return []
  }
}

/** Tables and schemas in the database that are not PostgreSQL's own: zero means an empty database. */
export async function userTableCount(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
           and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'`,
  )
  return row?.n ?? 0
}
