// The staff's audit trail filters by actor and by team: an index for each, so neither scans the
// whole trail (the subject already has one).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204100000_audit_filters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "audit_log_actor_id_id_index" on "audit_log" ("actor_id", "id");`);
    this.addSql(`create index "audit_log_detail_organization" on "audit_log" ((detail->>'organizationId'), "id") where detail->>'organizationId' is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_log_detail_organization";`);
    this.addSql(`drop index if exists "audit_log_actor_id_id_index";`);
  }
}
