import type { Db } from '../../db/client.js'
import type { Role } from '../../db/schema/index.js'
import { grantRole, revokeRole, updateUser } from '../accounts/repository.js'
import { destroyUserSessions } from '../accounts/session-store.js'
import { findAuditEvents, recordAuditEvent, type AuditFilter } from '../audit/repository.js'
import { findRecentEmails } from '../email/outbox.js'
import { findUserForAdmin, searchUsers } from './repository.js'

export type AdminResult = { ok: true } | { ok: false; message: string }

/** What admins do to other people's accounts. Every change is audited in the same transaction. */
export class AdminService {
  constructor(private readonly db: Db) {}

  listUsers(text: string | null) {
    return searchUsers(this.db, text)
  }

  findUser(id: number) {
    return findUserForAdmin(this.db, id)
  }

  recentEmails() {
    return findRecentEmails(this.db)
  }

  auditEvents(filter: AuditFilter) {
    return findAuditEvents(this.db, filter)
  }

  async grant(
    adminId: number,
    userId: number,
    role: Role,
    organisationId: number | null,
    ip: string,
  ): Promise<AdminResult> {
    if (role === 'force-lead' && !organisationId) return { ok: false, message: 'Select the organisation they lead for' }
    const grant = { role, organisationId: role === 'force-lead' ? (organisationId ?? 0) : 0 }
    await this.db.transaction(async (tx) => {
      if (await grantRole(tx, userId, grant, adminId)) {
        await recordAuditEvent(tx, {
          action: 'role-granted',
          actorUserId: adminId,
          subjectUserId: userId,
          ip,
          details: grant,
        })
      }
    })
    return { ok: true }
  }

  async revoke(adminId: number, userId: number, role: Role, organisationId: number, ip: string): Promise<AdminResult> {
    if (adminId === userId && role === 'admin') return { ok: false, message: 'You cannot remove your own admin role' }
    const grant = { role, organisationId }
    await this.db.transaction(async (tx) => {
      if (await revokeRole(tx, userId, grant)) {
        await recordAuditEvent(tx, {
          action: 'role-revoked',
          actorUserId: adminId,
          subjectUserId: userId,
          ip,
          details: grant,
        })
      }
    })
    return { ok: true }
  }

  async setDisabled(adminId: number, userId: number, disabled: boolean, ip: string): Promise<AdminResult> {
    if (adminId === userId) return { ok: false, message: 'You cannot disable your own account' }
    await this.db.transaction(async (tx) => {
      await updateUser(tx, userId, { disabledAt: disabled ? new Date() : null })
      if (disabled) await destroyUserSessions(tx, userId)
      await recordAuditEvent(tx, {
        action: disabled ? 'account-disabled' : 'account-enabled',
        actorUserId: adminId,
        subjectUserId: userId,
        ip,
      })
    })
    return { ok: true }
  }
}
