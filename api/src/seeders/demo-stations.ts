// The demo's volunteer station (志愿服务站), run by 共青团龙华区委. Its duty rota is left for the
// station's managers to set at /manage/stations/.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../common/ids.js';
import { transactionOf } from '../common/transaction.js';

export async function seedDemoStations(tx: EntityManager, options: { operatorId: string }): Promise<void> {
  await tx
    .getConnection()
    .execute(
      `insert into station (id, slug, name, address, district, lat, lng, opening_hours, services, operator_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)`,
      [
        newId('stn'),
        'longhua-center',
        '龙华区志愿服务中心站',
        '海口市龙华区滨海大道 69 号',
        '龙华区',
        20.0311,
        110.3285,
        '周一至周日 9:00–17:00',
        '{志愿者注册,活动咨询,代为报名,服务时长查询}',
        options.operatorId,
      ],
      'run',
      transactionOf(tx),
    );
}
