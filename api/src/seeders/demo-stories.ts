// Demo stories (志愿心得): a few volunteers who attended an activity that is over wrote of it; most
// were approved the day after, so /stories/ and the activities' pages show them, and two still wait
// in their teams' review queues (/manage/stories/). The demo volunteer's are left for them to write.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../common/ids.js';
import { transactionOf } from '../common/transaction.js';
import { Story, StoryStatus } from '../modules/story/story.entity.js';

const DAY_MS = 86_400_000;
const TEXTS: [string, string][] = [
  ['第一次参加志愿服务', '报名的时候有点紧张，到了现场才发现大家都很热情。\n\n队长先讲了分工和安全事项，我们两人一组，一个上午下来收获满满。'],
  ['和孩子们一起的下午', '孩子们一开始很害羞，做完游戏就熟络起来了。\n\n离开的时候有个小朋友问我们下周还来不来，那一刻觉得一切都值得。'],
  ['汗水里的成就感', '天气很热，但看着一袋袋垃圾被分类装好，海滩变得干干净净，心里特别踏实。\n\n感谢组织方准备的防晒和饮用水。'],
  ['陪老人聊聊天', '阿婆给我们讲了很多老街的故事，我们帮她整理了房间，还教她用手机视频通话。\n\n原来陪伴本身就是一种服务。'],
  ['一次难忘的赛事保障', '凌晨五点集合，负责补给站。看到跑者接过水时的那声“谢谢”，困意全没了。\n\n明年还想再来。'],
  ['在书吧的周末', '帮忙整理图书、登记借阅，还给小读者讲了一个绘本故事。\n\n安静的书吧里，能感受到社区的温度。'],
  ['学会了急救知识', '活动前的培训很实用，我第一次练习了心肺复苏。\n\n希望永远用不上，但有备无患。'],
  ['团队的力量', '一个人能做的很有限，但二十多个人一起，一个下午就完成了整条街的清扫。'],
];
const PENDING = 2;

export async function seedDemoStories(tx: EntityManager, options: { now: Date; leaveFor: string }): Promise<number> {
  const rows = await tx.getConnection().execute<{ project_id: string; organization_id: string; volunteer_id: string; ends_at: Date }[]>(
    `select distinct on (p.id) p.id as project_id, p.organization_id, g.volunteer_id, s.ends_at
       from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
      where g.status = 'ATTENDED' and s.ends_at < ? and g.volunteer_id <> ? order by p.id, g.volunteer_id`,
    [options.now, options.leaveFor],
    'all',
    transactionOf(tx),
  );
  const stories = rows.slice(0, TEXTS.length).map((r, i) => {
    const createdAt = new Date(Math.min(new Date(r.ends_at).getTime() + DAY_MS / 2, options.now.getTime()));
    const reviewedAt = new Date(Math.min(createdAt.getTime() + DAY_MS, options.now.getTime()));
    const published = i >= PENDING;
    return {
      id: newId('sty', createdAt.getTime()),
      project: r.project_id,
      organization: r.organization_id,
      volunteer: r.volunteer_id,
      title: TEXTS[i][0],
      body: TEXTS[i][1],
      status: published ? StoryStatus.PUBLISHED : StoryStatus.PENDING,
      reviewedAt: published ? reviewedAt : null,
      publishedAt: published ? reviewedAt : null,
      likeCount: 0,
      reportCount: 0,
      createdAt,
    };
  });
  if (stories.length) await tx.insertMany(Story, stories);
  return stories.length;
}
