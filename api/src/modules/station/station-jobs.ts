// The stations' daily job (02:00 China time, and once when a worker starts): every station's duty
// days are made up to four weeks ahead from its rota, and the coordinators of a duty team whose
// day in the coming week is short of volunteers hear of it (once a day per duty).
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobName, type JobQueue } from '../../common/job-queue.js';
import { StationRotaService } from './station-rota.service.js';

export class StationDutyJobs {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  async work(): Promise<void> {
    await this.jobs.work(JobName.STATION_DUTIES, async () => {
      const { made, notified } = await new StationRotaService(this.orm.em.fork()).daily();
      if (made || notified) this.log(`Station rotas: ${made} duty day(s) made, ${notified} gap notice(s) sent`);
    });
    await this.jobs.daily(JobName.STATION_DUTIES, 2);
    await this.jobs.send(JobName.STATION_DUTIES, {});
  }
}
