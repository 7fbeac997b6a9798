import { eq, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { calls, type CallQuestion } from '../../db/schema/index.js'
import { recordAuditEvent } from '../audit/repository.js'
import type { ReferenceService } from '../reference/service.js'
import type { QuestionFormValues } from './question-forms.js'
import { stemOf, versionOf } from './questions.js'

export type QuestionOutcome = 'saved' | 'versioned' | 'not-found'

type Call = typeof calls.$inferSelect

const sameWording = (a: CallQuestion, b: QuestionFormValues) =>
  a.kind === b.kind &&
  a.label === b.label &&
  (a.hint ?? undefined) === b.hint &&
  (a.required !== false) === b.required &&
  a.wordLimit === b.wordLimit &&
  JSON.stringify(a.options ?? null) === JSON.stringify(b.options ?? null)

const fromForm = (values: QuestionFormValues): Omit<CallQuestion, 'key'> => ({
  kind: values.kind,
  label: values.label,
  ...(values.hint ? { hint: values.hint } : {}),
  required: values.required,
  ...(values.wordLimit ? { wordLimit: values.wordLimit } : {}),
  ...(values.options ? { options: values.options } : {}),
})

/**
 * A call's own questions as admins build them (issue 14): add, change, remove, move up or down.
 * A question someone has already sent an answer to is never changed in place: the change becomes a new
 * version with a key of its own, and the wording answered moves to the call's question history, so each
 * answer keeps the wording its contributor answered. Every change is audited in its transaction.
 */
export class CallQuestionService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
  ) {}

  private async change(
    callId: number,
    adminId: number,
    ip: string,
    apply: (
      tx: Db,
      call: Call,
    ) => Promise<{ questions: CallQuestion[]; history?: CallQuestion[]; detail: string } | null>,
  ): Promise<string | 'not-found'> {
    const outcome = await this.db.transaction(async (tx) => {
      const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update')
      if (!call) return 'not-found' as const
      const next = await apply(tx, call)
      if (!next) return 'not-found' as const
      await tx
        .update(calls)
        .set({ questions: next.questions, questionHistory: next.history ?? call.questionHistory })
        .where(eq(calls.id, callId))
      await recordAuditEvent(tx, {
        action: 'call-changed',
        actorUserId: adminId,
        ip,
        details: { change: next.detail, callId, slug: call.slug },
      })
      return next.detail
    })
    this.reference.invalidate()
    return outcome
  }

  /** Adds a question at the end, or changes one (a new version when it has been answered already). */
  async save(
    adminId: number,
    callId: number,
    values: QuestionFormValues,
    ip: string,
    key?: string,
  ): Promise<QuestionOutcome> {
    const outcome = await this.change(callId, adminId, ip, async (tx, call) => {
      const taken = new Set([...call.questions, ...call.questionHistory].map((q) => q.key))
      const freshKey = (base: string) => {
        let n = 1
        while (taken.has(`${base}${n}`)) n++
        return `${base}${n}`
      }
      if (key === undefined) {
        const question: CallQuestion = { key: freshKey('q'), ...fromForm(values) }
        return { questions: [...call.questions, question], detail: 'question-added' }
      }
      const index = call.questions.findIndex((q) => q.key === key)
      const current = call.questions[index]
      if (!current) return null
      if (sameWording(current, values)) return { questions: call.questions, detail: 'question-unchanged' }
      const questions = [...call.questions]
      if (await answered(tx, call.id, key)) {
        const stem = stemOf(current)
        const version = versionOf(current) + 1
        let newKey = `${stem}-v${version}`
        if (taken.has(newKey)) newKey = freshKey(`${stem}-v${version}-`)
        questions[index] = { key: newKey, ...fromForm(values), stem, version }
        const kept = { ...current, stem, version: versionOf(current) }
        return { questions, history: [...call.questionHistory, kept], detail: 'question-versioned' }
      }
      questions[index] = {
        key: current.key,
        ...fromForm(values),
        ...(current.stem ? { stem: current.stem } : {}),
        ...(current.version ? { version: current.version } : {}),
      }
      return { questions, detail: 'question-changed' }
    })
    if (outcome === 'not-found') return 'not-found'
    return outcome === 'question-versioned' ? 'versioned' : 'saved'
  }

  /** Removes a question; one already answered is kept in the history, so its answers keep their wording. */
  async remove(adminId: number, callId: number, key: string, ip: string): Promise<boolean> {
    const outcome = await this.change(callId, adminId, ip, async (tx, call) => {
      const current = call.questions.find((q) => q.key === key)
      if (!current) return null
      const questions = call.questions.filter((q) => q.key !== key)
      const history = (await answered(tx, call.id, key))
        ? [...call.questionHistory, { ...current, stem: stemOf(current), version: versionOf(current) }]
        : call.questionHistory
      return { questions, history, detail: 'question-removed' }
    })
    return outcome !== 'not-found'
  }

  /** Moves a question one place up or down (at either end it stays where it is). */
  async move(adminId: number, callId: number, key: string, direction: 'up' | 'down', ip: string): Promise<boolean> {
    const outcome = await this.change(callId, adminId, ip, async (_tx, call) => {
      const index = call.questions.findIndex((q) => q.key === key)
      if (index < 0) return null
      const other = direction === 'up' ? index - 1 : index + 1
      const questions = [...call.questions]
      const [a, b] = [questions[index], questions[other]]
      if (a && b) [questions[index], questions[other]] = [b, a]
      return { questions, detail: 'question-moved' }
    })
    return outcome !== 'not-found'
  }
}

/** Whether anyone has sent an answer to this question (drafts not sent do not count). */
async function answered(tx: Db, callId: number, key: string): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`select 1 from practices where call_id = ${callId} and submitted_at is not null and call_answers -> ${key} is not null limit 1`,
  )
  return rows.length > 0
}
