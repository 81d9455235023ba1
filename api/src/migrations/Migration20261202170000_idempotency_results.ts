// Idempotent issueCertificate replays a certificate by its code, which is longer than an ID.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202170000_idempotency_results extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "idempotency_key" alter column "result_id" type varchar(40) using ("result_id"::varchar(40));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idempotency_key" alter column "result_id" type varchar(30) using ("result_id"::varchar(30));`);
  }
}
