// Account deletion (PIPL right to erasure): personal data is erased, the service record
// stays under an anonymous name so organisations' figures and certificates remain true.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import { DomainError } from '../../common/errors.js';
import { verifyPassword } from '../../common/password.js';
import { writeAudit } from '../audit/audit.service.js';
import { StatsService } from '../stats/stats.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export const DELETED_DISPLAY_NAME = '已注销志愿者';

export class AccountService {
  constructor(private readonly em: EntityManager) {}

  async deleteAccount(viewer: Viewer, password: string): Promise<void> {
    const volunteer = await this.em.findOne(Volunteer, { id: viewer.volunteerId, deletedAt: null }, { populate: ['passwordHash'] });
    if (!volunteer?.passwordHash || !(await verifyPassword(password, volunteer.passwordHash))) {
      throw new DomainError('BAD_USER_INPUT', '密码不正确', { field: 'password' });
    }
    await this.em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      // An organisation must keep an admin: the last one hands over before leaving for good.
      const sole = await conn.execute<{ name: string }[]>(
        `select o.name from membership m join organization o on o.id = m.organization_id
          where m.volunteer_id = ? and m.role = 'ADMIN'
            and not exists (select 1 from membership x where x.organization_id = m.organization_id and x.role = 'ADMIN' and x.volunteer_id <> m.volunteer_id)
          for update of o`,
        [volunteer.id],
        'all',
        ctx,
      );
      if (sole.length) {
        throw new DomainError('CONFLICT', `你是「${sole[0].name}」唯一的管理员，请先将管理员身份转给其他成员再注销`, { field: 'password' });
      }
      await conn.execute(
        `update volunteer set real_name_enc = null, id_number_enc = null, id_number_index = null, phone_enc = null,
           phone_index = null, guardian_name_enc = null, guardian_phone_enc = null, email = null, password_hash = null,
           birth_date = null, district = null, skills = '{}', display_name = ?, deleted_at = now()
         where id = ?`,
        [DELETED_DISPLAY_NAME, volunteer.id],
        'run',
        ctx,
      );
      await conn.execute(`update session set revoked_at = now() where volunteer_id = ? and revoked_at is null`, [volunteer.id], 'run', ctx);
      // Leaving every organisation keeps member counts true.
      await conn.execute(
        `with gone as (delete from membership where volunteer_id = ? returning organization_id)
         update organization o set member_count = o.member_count - g.n
           from (select organization_id, count(*) as n from gone group by organization_id) g
          where o.id = g.organization_id`,
        [volunteer.id],
        'run',
        ctx,
      );
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.deleted', subjectId: volunteer.id }]);
    });
    StatsService.invalidate();
  }
}
