// Demo public content for the demo world (海口市龙华区 and 惠州市博罗县): news (资讯), role models
// (志愿榜样) and showcases (重点项目展示). Built from templates with a seeded PRNG, so the same
// articles, names and figures appear whatever day it runs; only the dates follow `now`.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CHINA_OFFSET_MS, chinaDate, chinaDay } from '../common/china-time.js';
import { newId } from '../common/ids.js';
import { ContentStatus } from '../modules/content/content-status.js';
import { NewsArticle } from '../modules/content/news-article.entity.js';
import { RoleModel } from '../modules/content/role-model.entity.js';
import { Showcase } from '../modules/content/showcase.entity.js';
import type { DemoData, DemoProject } from './demo-data.js';

/** What the demo seeder created, for the content to point at. */
export interface DemoContentRefs {
  data: DemoData;
  now: Date;
  organizationIds: ReadonlyMap<string, string>;
  volunteerIds: ReadonlyMap<string, string>;
  /** IDs of `data.projects`, in the same order. */
  projectIds: readonly string[];
}

export interface DemoNewsRow {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  coverImageUrl: string | null;
  organizationKey: string | null;
  status: ContentStatus;
  publishedAt: Date | null;
}

export interface DemoRoleModelRow {
  name: string;
  honor: string;
  citation: string;
  year: number;
  volunteerKey: string | null;
  organizationKey: string | null;
  district: string;
  status: ContentStatus;
  publishedAt: Date | null;
}

export interface DemoShowcaseRow {
  title: string;
  summary: string;
  body: string;
  coverImageUrl: string | null;
  projectKey: string;
  organizationKey: string;
  status: ContentStatus;
  publishedAt: Date | null;
}

export interface DemoContent {
  news: DemoNewsRow[];
  roleModels: DemoRoleModelRow[];
  showcases: DemoShowcaseRow[];
}

// ---------------------------------------------------------------------------------------
// Time and chance
// ---------------------------------------------------------------------------------------

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SEED = 0x4e_45_57_53; // "NEWS"

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function chinaYear(instant: Date): number {
  return chinaDay(instant).getUTCFullYear();
}

function chinaTime(year: number, month: number, day: number, hours: number): Date {
  return new Date(Date.UTC(year, month - 1, day) + hours * HOUR_MS - CHINA_OFFSET_MS);
}

/** The latest `month`/`day` (China time) at least a day before `now`: news of the past year. */
function lastOccurrence(now: Date, month: number, day: number, hours: number): Date {
  const year = chinaYear(now);
  const thisYear = chinaTime(year, month, day, hours);
  return thisYear.getTime() <= now.getTime() - DAY_MS ? thisYear : chinaTime(year - 1, month, day, hours);
}

/** `days` before `now`, at a given China-time hour of that day. */
function daysBefore(now: Date, days: number, hours: number): Date {
  const day = Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) - days;
  return new Date(day * DAY_MS + hours * HOUR_MS - CHINA_OFFSET_MS);
}

// Publishing hours in China time: office hours, on the half hour.
const HOURS = [9, 9.5, 10, 10.5, 11, 14.5, 15, 15.5, 16, 16.5, 17];

// ---------------------------------------------------------------------------------------
// News
// ---------------------------------------------------------------------------------------

type Cover = 'tree' | 'traffic' | 'reading' | 'children' | 'platform' | 'honor' | 'beach' | 'elderly' | 'rescue' | 'community';

const cover = (name: Cover) => `/images/cover-${name}.svg`;

interface NewsContext {
  /** China-time year of the article's date. */
  year: number;
  /** A seeded whole number in [min, max]; the same within one article for the same range. */
  n: (min: number, max: number) => number;
  org: (key: string) => string;
  /** A Markdown link to a public demo project, or its plain title. */
  project: (key: string) => string;
}

interface NewsSpec {
  key: string;
  /** A calendar anchor (the latest past occurrence) or a number of days before now. */
  when: { month: number; day: number } | { daysAgo: number };
  tags: string[];
  cover: Cover | null;
  org: string | null;
  draft?: true;
  title: (c: NewsContext) => string;
  summary: (c: NewsContext) => string;
  body: (c: NewsContext) => string[];
}

const NEWS: NewsSpec[] = [
  {
    key: 'xueleifeng-month-launch',
    when: { month: 3, day: 5 },
    tags: ['志愿动态', '龙华区'],
    cover: 'community',
    org: 'lh-youth-league',
    title: (c) => `龙华区启动${c.year}年“学雷锋志愿服务月”活动`,
    summary: (c) => `团龙华区委联合区文明办在万绿园举行启动仪式，全区${c.n(40, 60)}支志愿服务队伍将在三月集中开展文明交通、环境整治、关爱老人等系列活动。`,
    body: (c) => [
      `3月5日上午，“弘扬雷锋精神·志愿服务龙华”${c.year}年学雷锋志愿服务月启动仪式在万绿园举行。团区委、区文明办有关负责同志，各镇街团组织代表和${c.n(300, 500)}余名志愿者参加了仪式。`,
      `## 一个月，四类重点活动\n\n本次志愿服务月围绕群众身边的需求，重点开展四类活动：\n\n- **文明交通劝导**：在龙昆南路、海秀东路等主要路口设置劝导岗；\n- **环境卫生整治**：深入骑楼老街和背街小巷清理卫生死角；\n- **关爱空巢老人**：结对探访中山、大同街道的独居老人；\n- **义务植树护绿**：在金牛岭公园补植乡土树种。`,
      `启动仪式上，${c.org('lh-yva')}向全区青年发出倡议，号召大家在爱心志愿服务平台实名注册、就近报名，让学雷锋从“三月来、四月走”变成日常习惯。`,
      `仪式结束后，志愿者们分成${c.n(10, 16)}个小组，奔赴周边路口和社区开展首场服务。`,
    ],
  },
  {
    key: 'arbor-day-jinniuling',
    when: { month: 3, day: 12 },
    tags: ['志愿动态', '生态环保', '龙华区'],
    cover: 'tree',
    org: 'lh-yva',
    title: () => '植树节：青年志愿者在金牛岭公园种下“青春林”',
    summary: (c) => `${c.n(120, 180)}名青年志愿者与园林工人一起补植乡土树种${c.n(300, 500)}余株，并为往年种下的苗木松土、浇水。`,
    body: (c) => [
      `3月12日是全民义务植树日。当天一早，${c.org('lh-yva')}的${c.n(120, 180)}名志愿者来到金牛岭公园南门，在园林部门划定的地块上挥锹培土，种下海南蒲桃、黄花梨等乡土树种${c.n(300, 500)}余株。`,
      '“挖穴要深，扶苗要正，回土要踩实。”园林师傅现场示范后，志愿者们三五成群分工合作，有的挖穴，有的扶苗，有的提水浇灌，不到两个小时就完成了全部种植任务。',
      '## 种下去，还要管得住\n\n与往年不同，今年每株新苗都挂上了认养牌，由志愿小组认领后定期回访养护。协会计划在雨季前组织两次补水和除草，确保成活率。',
      `> “去年种的那一片已经比人还高了。”第三次参加植树的志愿者说，“每次路过都觉得特别有成就感。”`,
    ],
  },
  {
    key: 'traffic-persuasion-longkun',
    when: { month: 4, day: 8 },
    tags: ['志愿动态', '文明交通', '龙华区'],
    cover: 'traffic',
    org: 'lh-yva',
    title: () => '红马甲守护龙昆南路口：文明交通劝导岗常态化上岗',
    summary: (c) => `每周一至周五早晚高峰，志愿者在龙昆南路与南沙路交叉口协助交警劝导行人和电动车文明出行，已累计劝导不文明行为${c.n(1500, 2600)}余次。`,
    body: (c) => [
      '早上七点半，龙昆南路与南沙路交叉口车流渐密。身穿红马甲、手持小红旗的志愿者站在人行道边，一遍遍提醒等候的行人“红灯停、绿灯行”。',
      `今年起，${c.org('lh-yva')}与交警部门合作，把文明交通劝导从节点活动变成了常态化岗位：工作日早晚高峰各安排一班，每班${c.n(6, 10)}人，通过平台排班报名。`,
      '## 劝导重点\n\n1. 行人闯红灯、翻越护栏；\n2. 电动车驾乘人员不戴头盔、逆行；\n3. 机动车不礼让斑马线。',
      `据统计，劝导岗设立以来，该路口行人闯红灯现象明显减少。交警部门表示，将把这一做法推广到更多路口。想加入的市民可以报名参加${c.project('traffic-longkun-nansha')}。`,
    ],
  },
  {
    key: 'bowen-reading-bar-new-branch',
    when: { month: 7, day: 18 },
    tags: ['项目展示', '阅读推广', '博罗县'],
    cover: 'reading',
    org: 'bl-bowen',
    title: () => '博闻公益书吧县城新址开放，第二批公益项目同步启动',
    summary: (c) => `继志愿服务总站首批公益项目之后，博罗县城博闻公益书吧新址正式向市民免费开放，首批上架捐赠图书${c.n(3000, 5000)}余册。`,
    body: (c) => [
      `7月中旬，位于罗阳街道的博闻公益书吧新址正式开放。书吧由${c.org('bl-bowen')}负责日常值班，首批上架的${c.n(3000, 5000)}余册图书全部来自市民和爱心企业捐赠。`,
      '博闻公益书吧是博罗志愿服务总站启动的首批公益项目之一。与新址开放同步启动的第二批公益项目还包括社区市民教育课堂交流、博罗第一批好人工作室等，总站正逐步成为全县公益项目的宣传阵地。',
      '## 书吧里能做什么\n\n- 免费阅览、借阅图书，凭身份证即可办理；\n- 每周末举办亲子共读和绘本故事会；\n- 志愿者现场指导市民在平台上实名注册、报名活动。',
      `书吧目前仍在招募值班志愿者，欢迎报名${c.project('reading-duty-bowen-bar')}。`,
    ],
  },
  {
    key: 'shiwan-summer-companion-class',
    when: { month: 7, day: 10 },
    tags: ['志愿动态', '关爱儿童', '博罗县'],
    cover: 'children',
    org: 'bl-shiwan-women',
    title: () => '石湾镇巾帼志愿者暑期“陪伴课堂”开课',
    summary: (c) => `${c.n(40, 60)}名留守儿童在村文化室度过了不一样的暑假：上午写作业、下午学手工，志愿者姐姐们全程陪伴。`,
    body: (c) => [
      `暑假第一周，${c.org('bl-shiwan-women')}在新义村文化室开设“陪伴课堂”，面向父母在外务工的孩子提供课业辅导和兴趣课程，首期报名的孩子有${c.n(40, 60)}名。`,
      '课堂每天上午辅导暑假作业，下午安排绘画、手工、安全教育等兴趣课。志愿者还为每个孩子建立了成长记录，定期与在外务工的家长视频沟通孩子的情况。',
      '## 家长说\n\n> “以前暑假孩子只能跟着奶奶看电视，现在每天都盼着来文化室。”一位在东莞打工的妈妈在视频里说。',
      '陪伴课堂将持续到八月底。需要辅导的家庭或想参与的志愿者，可以联系石湾镇妇联或在平台上关注队伍的活动预告。',
    ],
  },
  {
    key: 'platform-launch',
    when: { daysAgo: 45 },
    tags: ['通知公告', '平台动态'],
    cover: 'platform',
    org: null,
    title: () => '爱心志愿服务平台上线：实名注册、在线报名、时长可查',
    summary: () => '面向龙华区和博罗县志愿者和志愿服务组织的爱心志愿服务平台正式上线，志愿者可在线实名注册、报名活动、查询服务时长。',
    body: () => [
      '经过前期试运行，爱心志愿服务平台正式上线。平台延续龙华爱心网“活动网上发布、志愿者网上注册、时长网上登记”的做法，面向海口市龙华区和惠州市博罗县的志愿者和志愿服务组织开放。',
      '## 志愿者可以做什么\n\n1. 用真实姓名和身份证号实名注册，获得统一的志愿者编号；\n2. 按区县、服务类别查找身边的活动，在线报名时段；\n3. 活动结束后查询组织方登记的服务时长和星级，在线开具志愿服务记录证明。',
      '## 组织可以做什么\n\n志愿服务组织在平台登记后，经审核即可发布活动、管理报名、在活动结束后为到场志愿者登记时长。新成立的队伍可以在博罗志愿服务总站和团龙华区委获得孵化指导。',
      '平台对身份证号、手机号等个人信息加密存储，在任何公开页面都只显示脱敏后的信息。使用中遇到问题，欢迎通过所在组织或志愿服务总站反馈。',
    ],
  },
  {
    key: 'top-ten-selection-notice',
    when: { month: 12, day: 10 },
    tags: ['通知公告', '榜样风采', '龙华区'],
    cover: 'honor',
    org: 'lh-youth-league',
    title: (c) => `关于开展${c.year}年度龙华区“十佳志愿者”评选活动的通知`,
    summary: () => '团龙华区委、龙华区青年志愿者协会启动年度“十佳志愿者”评选，各志愿服务组织可推荐本年度表现突出的志愿者。',
    body: (c) => [
      `为弘扬“奉献、友爱、互助、进步”的志愿精神，树立身边的志愿服务榜样，经研究，决定开展${c.year}年度龙华区“十佳志愿者”评选活动。有关事项通知如下。`,
      '## 推荐条件\n\n- 在平台实名注册，本年度登记服务时长不少于 100 小时；\n- 长期参与志愿服务，在群众中有良好口碑；\n- 在关爱老人儿童、生态环保、应急救援等领域事迹突出者优先。',
      '## 推荐程序\n\n1. 各志愿服务组织推荐候选人，每个组织不超过 2 名；\n2. 评审小组结合服务记录和事迹材料初评；\n3. 候选人名单在网站公示 7 天后确定最终人选。',
      `推荐材料请于12月25日前报送团区委。评选结果将在“志愿榜样”栏目公布。`,
    ],
  },
  {
    key: 'top-ten-results',
    when: { month: 1, day: 15 },
    tags: ['榜样风采', '龙华区'],
    cover: 'honor',
    org: 'lh-youth-league',
    title: (c) => `${c.year - 1}年度龙华区“十佳志愿者”评选结果揭晓`,
    summary: () => '经组织推荐、评审和公示，年度“十佳志愿者”评选结果揭晓，他们中有净滩队长、手语老师，也有坚持多年的交通劝导员。',
    body: (c) => [
      `经各志愿服务组织推荐、评审小组评议和 7 天公示，${c.year - 1}年度龙华区“十佳志愿者”评选结果正式揭晓。`,
      '今年的获评者来自生态环保、文明交通、助老助残、应急救护等不同领域：有每月组织净滩的环保队长，有坚持为听障朋友做陪同翻译的手语老师，也有风雨无阻守在路口的交通劝导员。',
      '他们的事迹已在[志愿榜样](/role-models/)栏目刊登。团区委将为获评者颁发荣誉证书，并邀请他们走进学校和社区分享志愿服务故事。',
    ],
  },
  {
    key: 'boluo-station-eight-ones',
    when: { month: 5, day: 20 },
    tags: ['志愿动态', '博罗县'],
    cover: 'community',
    org: 'bl-federation',
    title: () => '“八个一”平台落地见效：博罗志愿服务总站运行一览',
    summary: () => '一网、一微、一云、一室、一校、一报、一卡、一站——博罗志愿服务总站围绕“八个一”平台，打造全县志愿服务的供需对接中心。',
    body: (c) => [
      `博罗志愿服务总站于 2015 年 12 月落成启动，总面积 170 平方米，内设志愿服务展示厅、志愿客厅（三合一功能室）和县志愿服务联合会办公室。如今，总站每天有来自${c.n(6, 9)}支特色志愿服务队伍的志愿者轮流值班。`,
      '## 总站能为你做什么\n\n- **便民服务**：免费茶水、手机应急充电、图书阅览；\n- **注册指导**：值班志愿者现场指导市民实名注册、报名活动；\n- **活动资讯**：宣传栏每月公布各队伍的活动预告；\n- **孵化指导**：为新成立的队伍提供队伍建设、项目策划、资金扶持等指导。',
      '总站推行“四个同步”：注册同步、活动同步、记录同步、队名同步，让每一次志愿服务都有迹可循。',
      `想到总站值班的志愿者，可以报名${c.project('station-duty-boluo-station')}。`,
    ],
  },
  {
    key: 'boluo-incubation-training',
    when: { month: 9, day: 20 },
    tags: ['培训', '博罗县'],
    cover: 'community',
    org: 'bl-federation',
    title: (c) => `第${c.n(5, 8)}期志愿服务组织负责人培训班在博罗开班`,
    summary: (c) => `来自全县${c.n(20, 30)}支新成立和在孵化队伍的负责人参加培训，学习队伍建设、项目策划和服务时长登记规范。`,
    body: (c) => [
      `9月下旬，${c.org('bl-federation')}在志愿服务总站三合一功能室举办志愿服务组织负责人培训班，来自全县${c.n(20, 30)}支新成立和在孵化队伍的负责人参加。`,
      '## 三堂必修课\n\n1. 队伍建设：章程、骨干分工和志愿者激励；\n2. 项目策划：从群众需求出发设计可持续的服务项目；\n3. 记录规范：“谁组织谁记录”，活动结束后及时为志愿者登记时长。',
      '培训还邀请了博闻公益书吧、“小篮球、大梦想”等成熟项目的负责人分享经验。联合会表示，将对参训队伍跟踪帮扶三个月，帮助他们尽快规范运作。',
    ],
  },
  {
    key: 'world-oceans-day-cleanup',
    when: { month: 6, day: 8 },
    tags: ['志愿动态', '生态环保', '龙华区'],
    cover: 'beach',
    org: 'lh-blue-coast',
    title: () => '世界海洋日：志愿者海口湾净滩清出海漂垃圾',
    summary: (c) => `${c.n(80, 140)}名志愿者沿滨海大道分段净滩，共清理垃圾${c.n(300, 600)}公斤，其中塑料瓶和泡沫占了大半。`,
    body: (c) => [
      `6月8日世界海洋日，${c.org('lh-blue-coast')}联合${c.org('lh-aixin-outdoor')}在海口湾滨海大道段开展净滩行动，${c.n(80, 140)}名志愿者分成${c.n(8, 12)}个小组，沿海岸线拾捡垃圾。`,
      `两个小时里，志愿者共清理垃圾约${c.n(300, 600)}公斤。按照海洋垃圾监测的要求，大家还把垃圾分为塑料、泡沫、玻璃、渔具等类别称重记录。`,
      '## 今天捡到最多的是什么？\n\n- 塑料瓶和瓶盖；\n- 外卖餐盒和泡沫碎块；\n- 渔网和绳索碎片。',
      `队长提醒市民，减少一次性塑料制品的使用，比事后清理更重要。净滩行动每月举行，欢迎报名${c.project('beach-wanlvyuan')}。`,
    ],
  },
  {
    key: 'little-basketball-childrens-day',
    when: { month: 6, day: 1 },
    tags: ['项目展示', '关爱儿童', '博罗县'],
    cover: 'children',
    org: 'bl-basketball',
    title: () => '“小篮球、大梦想”六一友谊赛：乡镇孩子们的篮球节',
    summary: (c) => `来自罗阳、石湾、园洲的${c.n(8, 12)}支少儿篮球队在儿童节当天同场竞技，这些孩子大多是在公益课上第一次摸到篮球。`,
    body: (c) => [
      `6月1日，“小篮球、大梦想”助学公益项目在罗阳街道举办六一友谊赛，${c.n(8, 12)}支少儿篮球队、${c.n(90, 130)}名孩子参加。`,
      '“小篮球、大梦想”是博罗志愿服务总站启动的首批公益项目之一。志愿者教练每周为城区和乡镇的孩子开设免费篮球课，至今已坚持多年。',
      '比赛不设冠军，每个孩子都拿到了一枚纪念奖牌。一位志愿者教练说：“我们教的不只是运球和投篮，更是坚持和团队合作。”',
      `项目常年招募有篮球基础的志愿者，详见${c.project('basketball-luoyang')}。`,
    ],
  },
  {
    key: 'world-blood-donor-day',
    when: { month: 6, day: 14 },
    tags: ['志愿动态', '龙华区'],
    cover: 'rescue',
    org: 'lh-red-cross',
    title: () => '世界献血者日：国贸献血屋前的“红色接力”',
    summary: (c) => `志愿者在国贸献血屋开展无偿献血宣传，当天共有${c.n(60, 110)}位市民成功献血，其中不少是第一次。`,
    body: (c) => [
      `6月14日世界献血者日，${c.org('lh-red-cross')}的志愿者在国贸献血屋前设立宣传点，向市民讲解献血条件和流程，解答“献血会不会伤身体”等常见疑问。`,
      `当天共有${c.n(60, 110)}位市民成功献血，献血量约${c.n(18, 30)}000毫升。志愿者还为献血者送上饮用水，提醒献血后的注意事项。`,
      '## 哪些人可以献血？\n\n- 年龄 18 至 55 周岁，既往无献血反应、符合健康检查要求的多次献血者可延长至 60 周岁；\n- 男性体重不低于 50 公斤，女性不低于 45 公斤；\n- 献血前一天保证睡眠，不空腹、不饮酒。',
    ],
  },
  {
    key: 'summer-drowning-prevention',
    when: { month: 7, day: 2 },
    tags: ['应急救援', '关爱儿童', '博罗县'],
    cover: 'rescue',
    org: 'bl-red-cross',
    title: () => '暑期防溺水：救护队员走进园洲镇村居',
    summary: (c) => `博罗县红十字志愿救护队走进${c.n(8, 14)}个村居和学校宣讲防溺水“六不”，并在危险水域张贴警示标识。`,
    body: (c) => [
      `暑期来临，学生溺水事故进入高发期。${c.org('bl-red-cross')}的持证救护员走进园洲镇${c.n(8, 14)}个村居和学校，向中小学生和家长宣讲防溺水安全知识。`,
      '## 防溺水“六不”\n\n1. 不私自下水游泳；\n2. 不擅自与他人结伴游泳；\n3. 不在无家长或教师带领的情况下游泳；\n4. 不到无安全设施、无救援人员的水域游泳；\n5. 不到不熟悉的水域游泳；\n6. 不熟悉水性的学生不擅自下水施救。',
      `队员们还沿东江支流和村边水塘巡查，新张贴警示标识${c.n(30, 60)}处。救护队提醒家长：假期一定要看管好孩子，发现有人落水要大声呼救并拨打 110、120。`,
    ],
  },
  {
    key: 'gaokao-escort',
    when: { month: 6, day: 8 },
    tags: ['志愿动态', '龙华区', '博罗县'],
    cover: 'community',
    org: null,
    title: () => '高考爱心送考：两地志愿者守护考场内外',
    summary: (c) => `高考期间，龙华区和博罗县共有${c.n(200, 320)}名志愿者在考点外设立爱心服务点，为考生和家长提供文具、饮水和交通疏导服务。`,
    body: (c) => [
      `6月7日至8日高考期间，${c.org('lh-youth-league')}和${c.org('bl-luoyang-school')}分别在滨海中学考点、罗阳第一中学考点外设立爱心服务点。两地共有${c.n(200, 320)}名志愿者参与服务。`,
      '服务点为考生准备了 2B 铅笔、橡皮、饮用水和藿香正气水等应急物品，还协助交警疏导考点周边交通，提醒家长在等候区保持安静。',
      '> “有个考生把准考证落在了家里，我们的志愿者骑车陪家长去取，来回只用了二十分钟。”滨海中学考点服务点的负责人说。',
      '椰城公交爱心车队也开通了送考专线，持准考证的考生可免费乘坐。',
    ],
  },
  {
    key: 'typhoon-season-readiness',
    when: { month: 8, day: 28 },
    tags: ['应急救援', '通知公告', '龙华区'],
    cover: 'rescue',
    org: 'lh-youth-league',
    title: () => '台风季来临，龙华区青年志愿者应急队伍完成集结',
    summary: (c) => `${c.n(150, 220)}名青年志愿者编入防风防汛应急队伍，将在台风来临前后协助社区开展宣传、排查和转移安置工作。`,
    body: (c) => [
      `进入台风季，团龙华区委组织${c.n(150, 220)}名青年志愿者编入防风防汛应急队伍，按街道划分为${c.n(6, 8)}个小分队，由各街道统一调度。`,
      '## 应急志愿者的任务\n\n- 台风来临前：入户宣传防风防汛知识，排查危旧房屋和户外广告牌；\n- 台风过境时：在临时安置点协助登记、发放物资；\n- 台风过后：参与道路清障和环境清理。',
      '团区委提醒：应急志愿服务须服从现场指挥，不得擅自行动；台风红色预警期间，除指定岗位外，志愿者一律不外出。',
      `已报名的志愿者请留意平台通知，也可报名${c.project('typhoon-haiken')}。`,
    ],
  },
  {
    key: 'marathon-volunteers-wanted',
    when: { daysAgo: 6 },
    tags: ['通知公告', '龙华区'],
    cover: 'community',
    org: 'lh-yva',
    title: () => '海口马拉松补给站志愿者招募开始',
    summary: (c) => `滨海大道万绿园段补给站需要志愿者${c.n(80, 120)}名，负责分发补给、引导跑者和赛后清洁，报名后须参加赛前培训。`,
    body: (c) => [
      `海口马拉松即将开跑，${c.org('lh-yva')}承担滨海大道万绿园段补给站的志愿服务，现招募志愿者${c.n(80, 120)}名。`,
      '## 岗位与要求\n\n- **补给分发**：分发饮用水、运动饮料和香蕉；\n- **赛道引导**：举牌引导跑者，提醒观众不要横穿赛道；\n- **赛后清洁**：清理补给站和赛道垃圾。\n\n年满 16 周岁、身体健康即可报名；比赛当天清晨集合，请合理安排作息。',
      `报名请进入${c.project('marathon-marathon')}，选择时段后提交。录取后组织方会通知赛前培训时间和服装领取地点。`,
    ],
  },
  {
    key: 'garbage-sorting-yusha',
    when: { month: 8, day: 15 },
    tags: ['志愿动态', '生态环保', '龙华区'],
    cover: 'community',
    org: 'lh-yusha',
    title: () => '玉沙社区垃圾分类“桶边督导”满一年',
    summary: (c) => `社区志愿者每天早晚在投放点值守，居民分类准确率从三成提高到${c.n(75, 88)}%。`,
    body: (c) => [
      `一年前，${c.org('lh-yusha')}在辖区${c.n(10, 16)}个小区投放点推行“桶边督导”：志愿者每天早晚在投放点值守，手把手教居民分类投放。`,
      `一年下来，社区的分类准确率从最初的三成左右提高到${c.n(75, 88)}%。不少居民从“被督导”变成了督导员，志愿者队伍也从最初的十几人发展到六十多人。`,
      '## 最容易分错的三样东西\n\n1. 大骨头——属于其他垃圾，不是厨余垃圾；\n2. 用过的纸巾——属于其他垃圾，不是可回收物；\n3. 过期药品——属于有害垃圾，要投到红色桶。',
    ],
  },
  {
    key: 'international-anti-drug-day',
    when: { month: 6, day: 26 },
    tags: ['志愿动态', '龙华区'],
    cover: 'community',
    org: 'lh-anti-drug',
    title: () => '国际禁毒日：“识毒防毒”宣传走进大同街道',
    summary: (c) => `禁毒志愿者用仿真毒品模型和有奖问答，向${c.n(500, 900)}余名居民和青少年普及新型毒品识别知识。`,
    body: (c) => [
      `6月26日国际禁毒日，${c.org('lh-anti-drug')}在大同街道社区广场设置宣传展板，用仿真毒品模型向居民展示新型毒品的伪装形态。`,
      '“看起来像奶茶、跳跳糖，其实是毒品。”志愿者的讲解让不少家长吃了一惊。有奖问答环节吸引了许多孩子参与，答对题目的孩子获得了禁毒主题文具。',
      `当天活动共接待居民${c.n(500, 900)}余人次，发放宣传资料${c.n(1000, 1600)}份。禁毒办表示，将把宣传活动常态化开展到各社区和学校。`,
    ],
  },
  {
    key: 'sign-language-day',
    when: { month: 9, day: 23 },
    tags: ['志愿动态', '助老助残', '龙华区'],
    cover: 'community',
    org: 'lh-sign-language',
    title: () => '国际手语日：龙华区图书馆手语角迎来第100期',
    summary: () => '椰城手语志愿服务队在龙华区图书馆开设的手语角迎来第100期，几年来已有上千名市民在这里学会了常用手语。',
    body: (c) => [
      `9月23日国际手语日，${c.org('lh-sign-language')}在龙华区图书馆举办第100期手语角。当天的主题是“问路与指路”，${c.n(40, 70)}名市民和${c.n(8, 15)}位听障朋友一起参加。`,
      '手语角每期教授一组生活常用手语，并邀请听障朋友现场交流。志愿者还把每期教学内容剪辑成短视频，方便市民在线学习。',
      '## 学几句常用手语\n\n- “你好”：伸出食指指向对方，再伸出拇指点头示意；\n- “谢谢”：伸出拇指，弯曲两下；\n- “需要帮助吗”：一手伸出拇指，另一手掌心托住向上抬。',
      `下一期手语角的时间请关注${c.project('sign-corner-longhua-library')}。`,
    ],
  },
  {
    key: 'double-ninth-festival-visits',
    when: { month: 10, day: 11 },
    tags: ['志愿动态', '助老助残', '龙华区', '博罗县'],
    cover: 'elderly',
    org: null,
    title: () => '重阳敬老：两地志愿者走进敬老院和独居老人家中',
    summary: (c) => `重阳节前后，龙华区和博罗县${c.n(20, 30)}支志愿服务队伍开展敬老活动，走访独居、空巢老人${c.n(300, 500)}余户。`,
    body: (c) => [
      `重阳节前后，${c.org('lh-binhai-school')}的同学们走进城西镇敬老院表演节目，为老人们理发、剪指甲；${c.org('lh-qilou')}的志愿者则两人一组，上门探访骑楼老街的独居老人。`,
      `在博罗，${c.org('bl-federation')}组织志愿者到罗阳街道敬老院开展慰问演出。两地共有${c.n(20, 30)}支队伍参与，走访独居、空巢老人${c.n(300, 500)}余户。`,
      '## 探访不只是“送东西”\n\n志愿者们在探访中会检查老人家中的水电燃气安全，记录老人的实际困难交社区跟进，并教老人使用智能手机视频通话。',
      '> “孩子们来了，家里就热闹了。”骑楼老街一位八十多岁的阿婆说。',
    ],
  },
  {
    key: 'international-volunteer-day',
    when: { month: 12, day: 5 },
    tags: ['志愿动态', '平台动态'],
    cover: 'honor',
    org: null,
    title: (c) => `国际志愿者日：${c.year}年两地志愿服务数据发布`,
    summary: () => '12月5日国际志愿者日，平台发布年度志愿服务数据：注册志愿者、志愿服务组织和服务时长均稳步增长。',
    body: (c) => [
      '12月5日是国际志愿者日。在这一天，我们向每一位奉献时间和爱心的志愿者致敬。',
      `过去一年，龙华区和博罗县的志愿服务组织在平台上发布活动${c.n(600, 900)}余场，志愿者参与服务${c.n(20, 30)}000余人次。生态环保、文明交通和助老助残是参与人数最多的三个服务类别。`,
      '## 年度关键词\n\n- **常态化**：文明交通劝导岗、垃圾分类桶边督导等从“活动”变成“岗位”；\n- **规范化**：“谁组织谁记录”，服务时长在活动结束后由组织方统一登记；\n- **项目化**：博闻公益书吧、“小篮球、大梦想”等品牌项目持续运行。',
      '新的一年，欢迎更多市民加入志愿者行列。',
    ],
  },
  {
    key: 'service-hours-recording-rules',
    when: { daysAgo: 25 },
    tags: ['通知公告', '平台动态'],
    cover: 'platform',
    org: null,
    title: () => '关于规范志愿服务时长记录的通知',
    summary: () => '按照“谁组织谁记录”的原则，志愿服务时长由活动的组织方在活动结束后登记，更正以冲销记录方式进行，原记录不删除。',
    body: () => [
      '为保证志愿服务记录真实、准确、完整，根据《志愿服务记录与证明出具办法（试行）》，现就平台志愿服务时长记录有关事项通知如下。',
      '## 一、谁来记录\n\n志愿服务时长由活动的组织方记录：活动结束后，组织方的协调员或管理员为实际到场的志愿者登记时长，志愿者本人不能自行填报。',
      '## 二、怎么记录\n\n1. 只能为报名了该时段的志愿者登记；\n2. 登记的时长不超过时段本身的长度；\n3. 登记错误的，以冲销记录加新记录的方式更正，原记录保留可查。',
      '## 三、怎么查询\n\n志愿者登录后可查看自己的全部时长记录和星级，并可在线开具志愿服务记录证明，证明上的核验码可供第三方查验。',
    ],
  },
  {
    key: 'first-aid-day-training',
    when: { month: 9, day: 13 },
    tags: ['应急救援', '培训', '博罗县'],
    cover: 'rescue',
    org: 'bl-yuanzhou-enterprise',
    title: () => '世界急救日：园洲镇企业员工学心肺复苏',
    summary: (c) => `${c.n(100, 160)}名企业员工在红十字救护师资指导下练习心肺复苏和 AED 使用，${c.n(40, 70)}人通过考核取得救护员证。`,
    body: (c) => [
      `世界急救日前后，${c.org('bl-yuanzhou-enterprise')}联合县红十字会在园洲镇文化广场举办应急救护培训，${c.n(100, 160)}名企业员工参加。`,
      '“心脏骤停后的黄金抢救时间只有 4 分钟。”救护师资边讲解边示范，学员们分组在模拟人上反复练习胸外按压和人工呼吸，并学习了 AED 的使用方法和海姆立克急救法。',
      `经过理论和实操考核，${c.n(40, 70)}名学员取得了红十字救护员证。联合志愿服务队计划在每家成员企业都培养至少两名持证救护员。`,
    ],
  },
  {
    key: 'qilou-spring-cleanup',
    when: { month: 1, day: 20 },
    tags: ['志愿动态', '龙华区'],
    cover: 'community',
    org: 'lh-qilou',
    title: () => '迎新春：骑楼老街志愿者大扫除',
    summary: (c) => `春节前，${c.n(60, 90)}名志愿者和老街居民一起清理背街小巷，铲除小广告${c.n(200, 400)}余处。`,
    body: (c) => [
      `春节将至，${c.org('lh-qilou')}联合${c.org('lh-aixin-outdoor')}在骑楼老街开展迎新春环境卫生大扫除，${c.n(60, 90)}名志愿者和老街居民一起参加。`,
      `志愿者们分成清扫、铲除小广告和商户劝导三个小组，清理绿化带和楼道口的垃圾杂物，铲除墙面、电线杆上的小广告${c.n(200, 400)}余处，并提醒沿街商户落实门前三包。`,
      '干净整洁的老街迎来了春节期间的游客高峰。社区表示，“周末大扫除”将作为固定活动每月开展。',
    ],
  },
  {
    key: 'luofushan-fire-prevention',
    when: { month: 2, day: 22 },
    tags: ['志愿动态', '生态环保', '博罗县'],
    cover: 'tree',
    org: 'bl-luofushan',
    title: () => '春季护林防火：罗浮山生态志愿者上山巡护',
    summary: (c) => `清明前后是森林防火关键期，${c.n(40, 70)}名志愿者在罗浮山主要登山步道设立宣传点，劝导游客不带火种进山。`,
    body: (c) => [
      `春季是森林防火的关键时期。${c.org('bl-luofushan')}组织${c.n(40, 70)}名志愿者在罗浮山风景名胜区的主要登山步道设立宣传点，向游客发放防火宣传资料，劝导不带火种进山、不在林区吸烟。`,
      '## 进山请记住\n\n- 不带打火机、火柴等火种；\n- 不在林区吸烟、野炊、烧烤；\n- 祭扫时文明祭祀，不烧纸钱、不燃放鞭炮。',
      '巡护队员还沿步道清理游客丢弃的垃圾，记录枯枝堆积等火险隐患点位，交景区管理部门处理。',
    ],
  },
  {
    key: 'world-water-day-dongjiang',
    when: { month: 3, day: 22 },
    tags: ['志愿动态', '生态环保', '博罗县'],
    cover: 'beach',
    org: 'bl-luofushan',
    title: () => '世界水日：志愿者巡护东江博罗段',
    summary: (c) => `志愿者配合河长办沿东江堤岸巡查${c.n(6, 10)}公里，记录问题点位${c.n(10, 20)}处，打捞水面漂浮物${c.n(200, 400)}公斤。`,
    body: (c) => [
      `3月22日世界水日，${c.org('bl-luofushan')}的志愿者配合河长办工作人员，沿东江博罗段堤岸巡查${c.n(6, 10)}公里。`,
      `巡河途中，志愿者拍照记录疑似排污口和垃圾堆放点等问题点位${c.n(10, 20)}处，用长柄网兜打捞水面漂浮物约${c.n(200, 400)}公斤，并向沿岸商户和居民宣传爱河护河知识。`,
      `东江是惠州和下游城市的重要水源。志愿服务队表示，巡河活动将每月开展，欢迎报名${c.project('river-dongjiang')}。`,
    ],
  },
  {
    key: 'world-book-day-boluo-library',
    when: { month: 4, day: 23 },
    tags: ['志愿动态', '阅读推广', '博罗县'],
    cover: 'reading',
    org: 'bl-library',
    title: () => '世界读书日：博罗县图书馆读者志愿者“领读”一整天',
    summary: (c) => `从清晨的经典诵读到晚上的读书分享会，读者志愿者在图书馆和博闻公益书吧组织了${c.n(6, 10)}场阅读活动。`,
    body: (c) => [
      `4月23日世界读书日，${c.org('bl-library')}和${c.org('bl-bowen')}联合举办“全民阅读·领读一天”活动。`,
      `从清晨的经典诵读、上午的绘本故事会，到下午的志愿讲解和晚上的读书分享会，志愿者们一共组织了${c.n(6, 10)}场阅读活动，吸引读者${c.n(600, 1000)}余人次。`,
      '## 志愿者推荐书单（节选）\n\n- 《可爱的中国》\n- 《平凡的世界》\n- 《小王子》\n- 《窗边的小豆豆》',
      '图书馆读者志愿服务队常年招募志愿者，负责图书整理、阅读推广和志愿讲解。',
    ],
  },
  {
    key: 'new-volunteer-orientation',
    when: { daysAgo: 12 },
    tags: ['培训', '通知公告', '龙华区'],
    cover: 'platform',
    org: 'lh-yva',
    title: () => '新注册志愿者岗前培训本月开班',
    summary: () => '面向新注册志愿者的岗前培训将在龙华区图书馆举行，内容包括志愿服务基本知识、平台使用和安全须知。',
    body: (c) => [
      `为帮助新注册志愿者尽快上手，${c.org('lh-yva')}将在龙华区图书馆举办岗前培训，每期${c.n(40, 60)}人。`,
      '## 培训内容\n\n1. 志愿服务的基本理念和志愿者的权利义务；\n2. 在平台上查找活动、报名时段和签到；\n3. 户外活动和入户服务的安全须知。',
      '培训结束后，学员将由老志愿者带领参加一次实地服务。参加过培训的志愿者，在报名文明交通劝导、空巢老人探访等岗位时优先录取。',
    ],
  },
  {
    key: 'certificates-online',
    when: { daysAgo: 18 },
    tags: ['通知公告', '平台动态'],
    cover: 'platform',
    org: null,
    title: () => '志愿服务记录证明可在线开具和核验',
    summary: () => '志愿者可在平台上根据已登记的服务时长在线开具志愿服务记录证明，用人单位和学校可凭核验码在线查验真伪。',
    body: () => [
      '应广大志愿者要求，平台开通志愿服务记录证明在线开具功能。志愿者登录后，可根据组织方已登记的服务时长一键开具证明。',
      '## 证明包含哪些信息\n\n- 志愿者编号和脱敏后的姓名；\n- 累计服务时长；\n- 开具日期和唯一核验码。',
      '用人单位、学校等需要查验证明的，可在平台的证明核验页面输入核验码查看证明是否有效。证明中不显示身份证号和手机号。',
    ],
  },
  {
    key: 'may-fourth-youth-volunteers',
    when: { month: 5, day: 4 },
    tags: ['榜样风采', '龙华区'],
    cover: 'honor',
    org: 'lh-youth-league',
    title: () => '五四青年节：青年志愿者代表分享服务故事',
    summary: () => '团龙华区委举办青年志愿者座谈会，来自学校、企业和社区的青年志愿者代表分享了自己的志愿服务故事。',
    body: (c) => [
      `五四青年节前夕，团龙华区委举办青年志愿者座谈会，来自${c.org('lh-college')}、${c.org('lh-jinmao-business')}和社区志愿服务队的${c.n(20, 30)}名青年志愿者代表参加。`,
      '有人讲起在城西镇给留守孩子辅导功课的日子，有人分享在金贸片区为居民提供免费法律咨询的经历，还有人说起从龙华爱心网 QQ 群里的一次净滩活动开始、一做就是好几年的故事。',
      '座谈会上，团区委为获评年度“优秀青年志愿者”的代表颁发了证书，并鼓励更多青年在平台上实名注册，把热情变成持续的行动。',
    ],
  },
  {
    key: 'from-aixin-net-to-platform',
    when: { month: 4, day: 15 },
    tags: ['志愿动态', '平台动态', '龙华区'],
    cover: 'platform',
    org: 'lh-youth-league',
    title: () => '从“龙华爱心网”到爱心志愿服务平台：一个青年志愿者社群的成长',
    summary: () => '2013 年上线的龙华爱心网让志愿者网上注册、活动网上发布成为可能；如今，这个社群的经验在新平台上延续。',
    body: () => [
      '2013 年，团龙华区委建成龙华青年志愿者网络互动管理平台“龙华爱心网”，当年就通过网站组织了 60 余次活动、3000 多人次志愿者参与，内容涵盖义务植树、文明交通宣传、环境整治、法律法规宣传和社区服务。',
      '## 四个方向\n\n当时团区委提出“建好网站、做强 QQ 群、项目推动、平台共享”四个工作方向：网站是志愿者的网上家园，QQ 群和微信群让交流更及时，项目化让志愿者“活动前有预告、活动中重细节、活动后有展示”，平台共享让各部门和民间团体都能发布需求。',
      '最让老志愿者津津乐道的是，团区委的项目一放到网上，往往不到半天名额就被“秒杀”。区里各部门也渐渐形成了“要志愿者、找团区委”的工作意识。',
      '今天的爱心志愿服务平台延续了这些做法：活动在线发布、名额实时可见，服务时长由组织方登记、志愿者随时可查。不变的，是那群活跃在身边的青年志愿者。',
    ],
  },
  {
    key: 'mid-autumn-chengxi-children',
    when: { month: 9, day: 15 },
    tags: ['志愿动态', '关爱儿童', '龙华区'],
    cover: 'children',
    org: 'lh-college',
    title: () => '中秋月圆：大学生志愿者陪城西镇留守儿童做月饼',
    summary: (c) => `${c.n(20, 35)}名大学生志愿者来到城西镇沙坡村，和留守儿童一起做月饼、猜灯谜、给远方的父母写信。`,
    body: (c) => [
      `中秋节前夕，${c.org('lh-college')}的${c.n(20, 35)}名大学生志愿者来到城西镇沙坡村，和村里的留守儿童一起过了一个特别的中秋。`,
      '孩子们在志愿者的带领下揉面、包馅、压模，做出了形状各异的月饼。猜灯谜环节，答对的孩子可以挑选一本自己喜欢的课外书。',
      '活动最后，志愿者帮孩子们给在外务工的父母写信、录视频。“爸爸妈妈，我这学期数学考了九十分。”一个孩子对着镜头说。',
      `学院志愿者协会常年在城西镇开展课业辅导，欢迎报名${c.project('left-behind-chengxi')}。`,
    ],
  },
  {
    key: 'civilized-city-boluo',
    when: { month: 11, day: 10 },
    tags: ['志愿动态', '博罗县'],
    cover: 'traffic',
    org: 'bl-civilization-office',
    title: () => '“仁爱博罗、文明之城”：文明城市创建志愿服务进街区',
    summary: (c) => `博罗县文明办组织${c.n(200, 300)}名志愿者在罗阳街道开展文明城市创建宣传，劝导不文明行为、巡查公益广告点位。`,
    body: (c) => [
      `围绕“仁爱博罗、文明之城”，${c.org('bl-civilization-office')}组织${c.n(200, 300)}名志愿者走上罗阳街道的主要街区，开展文明城市创建志愿服务。`,
      '## 志愿者做了什么\n\n- 向市民和商户发放文明城市创建倡议书；\n- 劝导乱扔垃圾、乱停乱放等不文明行为；\n- 巡查公益广告和宣传栏，记录破损点位。',
      `在罗阳北门路口，${c.org('bl-luoyang-school')}的师生志愿者还开展了文明交通劝导。文明办表示，将依托平台把文明创建志愿服务常态化、项目化。`,
    ],
  },
  {
    key: 'volunteer-stars-explained',
    when: { daysAgo: 33 },
    tags: ['通知公告', '平台动态'],
    cover: 'honor',
    org: null,
    title: () => '志愿者星级怎么评？一文看懂',
    summary: () => '平台根据组织方登记的服务时长自动评定志愿者星级，从一星到五星，星级和时长在志愿者个人页面上可查。',
    body: () => [
      '不少志愿者问：平台上的星级是怎么来的？简单说，星级由组织方登记的累计服务时长自动评定，不需要申请。',
      '## 星级与时长\n\n| 星级 | 累计服务时长 |\n| --- | --- |\n| 一星 | 100 小时 |\n| 二星 | 300 小时 |\n| 三星 | 600 小时 |\n| 四星 | 1000 小时 |\n| 五星 | 1500 小时 |',
      '时长以组织方在活动结束后登记的记录为准。如果发现记录有误，请联系活动的组织方更正。',
    ],
  },
  {
    key: 'draft-spring-festival-plan',
    when: { daysAgo: 2 },
    tags: ['通知公告'],
    cover: 'community',
    org: null,
    draft: true,
    title: () => '（草稿）春节期间志愿服务安排',
    summary: () => '春节期间各队伍的值班和活动安排，待各组织报送后发布。',
    body: () => ['各志愿服务组织请于节前报送春节期间的值班和活动安排，汇总后统一发布。'],
  },
  {
    key: 'draft-boluo-good-people-studio',
    when: { daysAgo: 4 },
    tags: ['志愿动态', '博罗县'],
    cover: 'honor',
    org: 'bl-federation',
    draft: true,
    title: () => '博罗第一批好人工作室即将挂牌',
    summary: () => '由博罗县第一批“好人”发起的好人工作室正在志愿服务总站接受孵化，计划开展邻里帮扶和道德讲堂进社区。',
    body: () => ['好人工作室目前正在总站接受孵化指导，挂牌时间确定后另行通知。'],
  },
];

// ---------------------------------------------------------------------------------------
// Role models
// ---------------------------------------------------------------------------------------

interface RoleModelSpec {
  /** The volunteer to honour: a demo login key, or the first unused leader of this organisation. */
  volunteer: { key: string } | { leaderOf: string } | { name: string; district: string };
  organization: string | null;
  yearsAgo: 1 | 2;
  honor: string;
  draft?: true;
  citation: (name: string, org: string) => string;
}

const ROLE_MODELS: RoleModelSpec[] = [
  {
    volunteer: { key: 'coordinator' },
    organization: 'lh-yva',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}是${org}的骨干协调员。全年组织学雷锋志愿服务月、义务植树和文明交通劝导等活动数十场，坚持活动前发预告、活动后及时登记时长，被队员们称为“最靠谱的排班员”。在马拉松补给站和防风防汛应急值守中，${name}总是第一个到岗、最后一个离开。`,
  },
  {
    volunteer: { leaderOf: 'lh-blue-coast' },
    organization: 'lh-blue-coast',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}是${org}的负责人。几年来坚持每月组织海口湾净滩，带领队员清理海漂垃圾累计十余吨，并建立了海洋垃圾分类称重和监测记录制度。${name}还走进中小学开设“减塑课堂”，让更多孩子成为蓝色海岸的守护者。`,
  },
  {
    volunteer: { leaderOf: 'lh-red-cross' },
    organization: 'lh-red-cross',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}是${org}的持证救护师资。全年开展应急救护培训二十余场，培训市民上千人次；在大型活动医疗保障中多次参与现场急救。${name}常说：“多一个人会心肺复苏，就多一份生的希望。”`,
  },
  {
    volunteer: { leaderOf: 'lh-sign-language' },
    organization: 'lh-sign-language',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}是${org}的手语老师，主持龙华区图书馆手语角已近百期。除了教学，还长期为听障朋友提供就医、办事的陪同翻译服务，手机里存着几十位听障朋友的联系方式，随叫随到。`,
  },
  {
    volunteer: { leaderOf: 'lh-qilou' },
    organization: 'lh-qilou',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}带领${org}结对骑楼老街的独居老人，每周上门探访，帮老人买药、修电器、学用智能手机。老街的阿公阿婆都认得这位“社区的孩子”，遇到难事第一个想到的就是${name}。`,
  },
  {
    volunteer: { leaderOf: 'lh-college' },
    organization: 'lh-college',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}组织${org}的大学生志愿者常年在城西镇开展留守儿童课业辅导，每周末往返乡村，风雨无阻。在${name}的推动下，辅导点建立了孩子成长记录，与在外务工的家长保持沟通。`,
  },
  {
    volunteer: { leaderOf: 'lh-bus' },
    organization: 'lh-bus',
    yearsAgo: 1,
    honor: '龙华区十佳志愿者',
    citation: (name, org) =>
      `${name}是${org}的组织者，带领公交驾驶员和站务员利用休息时间参加文明交通劝导。高考期间，${name}牵头开通爱心送考专线，连续多年为考生免费接送。`,
  },
  {
    volunteer: { leaderOf: 'bl-bowen' },
    organization: 'bl-bowen',
    yearsAgo: 1,
    honor: '博罗县优秀志愿者',
    citation: (name, org) =>
      `${name}是${org}的负责人，从书吧筹建之初就参与其中。组织志愿者登记、整理捐赠图书数千册，每周主持亲子共读。在${name}和队友们的努力下，博闻公益书吧成了县城孩子们周末最爱去的地方之一。`,
  },
  {
    volunteer: { leaderOf: 'bl-basketball' },
    organization: 'bl-basketball',
    yearsAgo: 1,
    honor: '博罗县优秀志愿者',
    citation: (name, org) =>
      `${name}是${org}的志愿者教练。多年来坚持为城区和乡镇的孩子开设免费篮球课，带出了一支又一支少儿篮球队。${name}说，篮球教会孩子们的是坚持、自信和团队合作。`,
  },
  {
    volunteer: { leaderOf: 'bl-shiwan-women' },
    organization: 'bl-shiwan-women',
    yearsAgo: 1,
    honor: '博罗县优秀志愿者',
    citation: (name, org) =>
      `${name}带领${org}关爱留守儿童和困难家庭，牵头开办暑期“陪伴课堂”，为孩子们辅导作业、开设兴趣课程，并帮助在外务工的父母与孩子保持联系。`,
  },
  {
    volunteer: { leaderOf: 'bl-luofushan' },
    organization: 'bl-luofushan',
    yearsAgo: 1,
    honor: '博罗县优秀志愿者',
    citation: (name, org) =>
      `${name}是${org}的负责人，组织植树护林、东江巡河和登山步道清洁常年不断。春季防火期，${name}带领队员每个周末在罗浮山步道设点宣传，被游客们称为“山林守护人”。`,
  },
  {
    volunteer: { leaderOf: 'bl-federation' },
    organization: 'bl-federation',
    yearsAgo: 2,
    honor: '博罗县优秀志愿服务工作者',
    citation: (name, org) =>
      `${name}长期在${org}从事志愿服务组织孵化工作，参与博罗志愿服务总站的值班制度设计和“四个同步”规范推广，指导数十支新成立的志愿服务队伍规范运作。`,
  },
  {
    volunteer: { name: '符永青', district: '龙华区' },
    organization: 'lh-youth-league',
    yearsAgo: 2,
    honor: '龙华爱心网优秀网络志愿者',
    citation: (name) =>
      `${name}是龙华爱心网最早的一批骨干志愿者，曾负责维护龙华青年志愿者 QQ 群，帮助团区委把一次次活动信息及时送到志愿者手中。从网上社群到线下服务，${name}参与组织义务植树、环境整治等活动上百次。`,
  },
  {
    volunteer: { name: '钟伟强', district: '博罗县' },
    organization: 'bl-civilization-office',
    yearsAgo: 2,
    honor: '博罗好人',
    citation: (name) =>
      `${name}是罗阳街道的退休教师，退休后每天到志愿服务总站值班，为来访群众提供咨询、指导市民在网上注册志愿者。几年来累计值班上千小时，用实际行动诠释了“我为人人、人人为我”。`,
  },
  {
    volunteer: { leaderOf: 'bl-red-cross' },
    organization: 'bl-red-cross',
    yearsAgo: 1,
    honor: '博罗县优秀志愿者',
    draft: true,
    citation: (name, org) => `${name}是${org}的骨干救护员。（事迹材料待补充）`,
  },
];

// ---------------------------------------------------------------------------------------
// Showcases
// ---------------------------------------------------------------------------------------

interface ShowcaseSpec {
  projectKey: string;
  daysAgo: number;
  cover: Cover;
  draft?: true;
  title: string;
  summary: string;
  body: (org: string) => string[];
}

const SHOWCASES: ShowcaseSpec[] = [
  {
    projectKey: 'family-reading-bowen-bar',
    daysAgo: 20,
    cover: 'reading',
    title: '博闻公益书吧：让阅读在县城生根',
    summary: '博罗志愿服务总站首批公益项目之一，由志愿者值班运营，免费借阅、周末亲子共读，已成为县城市民身边的“阅读客厅”。',
    body: (org) => [
      `## 项目背景\n\n县城居民家门口缺少免费、安静的阅读空间。博闻公益书吧作为博罗志愿服务总站启动的首批公益项目，由${org}负责日常运营。`,
      '## 服务内容\n\n- 捐赠图书登记、分类上架和借还服务；\n- 每周末面向 3 至 8 岁孩子的亲子共读；\n- 在书吧指导市民实名注册志愿者、报名活动。',
      '## 参与方式\n\n欢迎有教学辅导或幼教经验的志愿者报名亲子共读，也欢迎市民捐赠适龄图书。',
    ],
  },
  {
    projectKey: 'basketball-luoyang',
    daysAgo: 35,
    cover: 'children',
    title: '“小篮球、大梦想”：一颗篮球点亮乡镇孩子的梦想',
    summary: '志愿者教练每周为城区和乡镇孩子开设免费篮球课，用运动帮助孩子们强身健体、建立自信。',
    body: (org) => [
      `## 项目背景\n\n“小篮球、大梦想”助学公益项目是博罗志愿服务总站首批公益项目之一，由${org}执行。`,
      '## 服务内容\n\n志愿者教练带领孩子们进行热身、基本功训练和分组对抗，课后记录每个孩子的进步。每年六一举办友谊赛，不设冠军，人人有奖牌。',
      '## 参与方式\n\n有篮球基础或体育教学经验的志愿者可报名担任助理教练。',
    ],
  },
  {
    projectKey: 'beach-wanlvyuan',
    daysAgo: 50,
    cover: 'beach',
    title: '蓝色海岸守护计划：每月一次的海口湾净滩',
    summary: '志愿者每月沿海口湾清理海漂垃圾并分类称重，用数据记录海岸线的变化，向市民普及减塑知识。',
    body: (org) => [
      `## 项目背景\n\n海岸线上的塑料瓶、泡沫和渔网碎片最终会变成危害海洋生物的微塑料。${org}发起蓝色海岸守护计划，把净滩变成每月的固定行动。`,
      '## 服务内容\n\n1. 分段拾捡沙滩和礁石缝隙中的垃圾；\n2. 按类别分类称重，填写海洋垃圾监测表；\n3. 走进学校和社区开展减塑宣传。',
      '## 参与方式\n\n组织方提供手套、垃圾袋和夹子，请留意潮汐时间和安全提示。',
    ],
  },
  {
    projectKey: 'traffic-longkun-nansha',
    daysAgo: 65,
    cover: 'traffic',
    title: '红马甲文明交通劝导岗：把志愿服务变成“岗位”',
    summary: '工作日早晚高峰，志愿者在龙昆南路口协助交警劝导文明出行，从节点活动变成常态化岗位。',
    body: (org) => [
      `## 项目背景\n\n早晚高峰行人闯红灯、电动车不戴头盔等现象仍较常见。${org}与交警部门合作设立常态化劝导岗。`,
      '## 服务内容\n\n- 劝导行人按信号灯通行，不闯红灯、不翻越护栏；\n- 提醒电动车驾乘人员佩戴安全头盔、不逆行；\n- 向市民发放文明交通宣传资料。',
      '## 参与方式\n\n通过平台报名排班，首次上岗由老队员带班。',
    ],
  },
  {
    projectKey: 'left-behind-shiwan',
    daysAgo: 80,
    cover: 'children',
    title: '留守儿童陪伴课堂：让孩子们的课后有人陪',
    summary: '巾帼志愿者在村文化室为留守儿童辅导作业、开设兴趣课程，并为每个孩子建立成长记录。',
    body: (org) => [
      `## 项目背景\n\n石湾镇不少孩子的父母常年在外务工，课后学习缺少辅导。${org}在村文化室开设陪伴课堂。`,
      '## 服务内容\n\n- 辅导小学语文、数学、英语作业；\n- 开展绘画、手工、安全教育等兴趣课程；\n- 定期与在外务工的家长沟通孩子的情况。',
      '## 参与方式\n\n需要耐心和责任心，有教学辅导经验者优先。',
    ],
  },
  {
    projectKey: 'station-duty-boluo-station',
    daysAgo: 95,
    cover: 'community',
    title: '博罗志愿服务总站：家门口的“志愿客厅”',
    summary: '2015 年落成的志愿服务总站每天由各队伍志愿者轮流值班，提供便民服务、注册指导和队伍孵化。',
    body: (org) => [
      `## 项目背景\n\n总站于 2015 年 12 月落成启动，由${org}运营，是全县志愿服务供需对接和队伍孵化的中心。`,
      '## 服务内容\n\n- 免费茶水、手机应急充电、图书阅览；\n- 现场指导市民实名注册、报名活动；\n- 为新成立的志愿服务队伍提供孵化指导。',
      '## 参与方式\n\n各队伍志愿者可报名值班，值班时请穿着所在队伍的志愿服装。',
    ],
  },
  {
    projectKey: 'elderly-visit-zhongshan',
    daysAgo: 110,
    cover: 'elderly',
    title: '骑楼邻里守望：独居老人的“周周见”',
    summary: '社区志愿者两人一组定期上门探访骑楼老街的独居、空巢老人，陪伴聊天并排查家中安全隐患。',
    body: (org) => [
      `## 项目背景\n\n骑楼老街有不少子女在外工作的独居老人。${org}与社区网格员一起建立结对探访制度。`,
      '## 服务内容\n\n1. 陪伴老人聊天、读报，教老人使用智能手机；\n2. 检查家中水电燃气等安全隐患；\n3. 记录老人的实际困难，交社区跟进。',
      '## 参与方式\n\n入户须两人同行，会说海南话者优先。',
    ],
  },
  {
    projectKey: 'sign-corner-longhua-library',
    daysAgo: 130,
    cover: 'community',
    title: '手语角：让更多人和听障朋友“说上话”',
    summary: '每期教授一组生活常用手语，邀请听障朋友现场交流，已在龙华区图书馆坚持近百期。',
    body: (org) => [
      `## 项目背景\n\n手语是听障朋友的语言。${org}在龙华区图书馆开设手语角，推广手语、促进交流。`,
      '## 服务内容\n\n- 每期教授一组生活常用手语；\n- 邀请听障朋友现场交流；\n- 剪辑教学短视频，便于线上学习。',
      '## 参与方式\n\n零基础也可报名，有手语基础者可担任小组助教。',
    ],
  },
  {
    projectKey: 'tree-luofushan',
    daysAgo: 150,
    cover: 'tree',
    title: '罗浮山护绿行动：种树，也守护每一棵树',
    summary: '生态志愿者在罗浮山补植乡土树种、开展护林防火宣传和步道清洁，守护博罗的绿水青山。',
    body: (org) => [
      `## 项目背景\n\n罗浮山是博罗的生态名片。${org}常年组织植树护林、巡河护河和登山步道清洁。`,
      '## 服务内容\n\n- 植树季补植乡土树种，挂牌认养；\n- 防火期在步道设点宣传；\n- 清理登山步道垃圾，记录火险隐患点位。',
      '## 参与方式\n\n请穿长袖衣裤和运动鞋，自备水杯和防晒用品。',
    ],
  },
  {
    projectKey: 'first-aid-yuanzhou',
    daysAgo: 3,
    cover: 'rescue',
    draft: true,
    title: '企业救护员计划（待发布）',
    summary: '在园洲镇每家成员企业培养至少两名持证救护员。',
    body: (org) => [`${org}的企业救护员计划，材料整理中。`],
  },
];

// ---------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------

/** The demo content for `refs.now`, as plain rows; pure, so tests can inspect it. */
export function buildDemoContent(data: DemoData, now: Date): DemoContent {
  const rng = mulberry32(SEED);
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const orgName = new Map(data.organizations.map((o) => [o.key, o.name]));
  const org = (key: string) => {
    const name = orgName.get(key);
    if (!name) throw new Error(`demo content names an unknown organisation: ${key}`);
    return name;
  };
  const projects = new Map(data.projects.map((p) => [p.key, p]));
  const project = (key: string): DemoProject => {
    const p = projects.get(key);
    if (!p) throw new Error(`demo content names an unknown project: ${key}`);
    return p;
  };

  const news: DemoNewsRow[] = NEWS.map((spec) => {
    const hours = HOURS[int(0, HOURS.length - 1)];
    const at = 'daysAgo' in spec.when ? daysBefore(now, spec.when.daysAgo, hours) : lastOccurrence(now, spec.when.month, spec.when.day, hours);
    // One figure per range in an article, so the summary and the body quote the same number.
    const figures = new Map<string, number>();
    const context: NewsContext = {
      year: chinaYear(at),
      n: (min, max) => {
        const key = `${min}-${max}`;
        // Reports round larger figures ("440余名", "1900余次").
        const nice = (v: number) => (v >= 1000 ? Math.round(v / 100) * 100 : v >= 100 ? Math.round(v / 10) * 10 : v);
        if (!figures.has(key)) figures.set(key, nice(int(min, max)));
        return figures.get(key)!;
      },
      org,
      // The link is filled in by the seeder, which knows the project IDs.
      project: (key) => {
        const p = project(key);
        return p.status === 'PUBLISHED' || p.status === 'COMPLETED' ? `[${p.title}](project:${key})` : p.title;
      },
    };
    const date = chinaDate(at);
    return {
      slug: `${date}-${spec.key}`,
      title: spec.title(context),
      summary: spec.summary(context),
      body: spec.body(context).join('\n\n'),
      tags: spec.tags,
      coverImageUrl: spec.cover ? cover(spec.cover) : null,
      organizationKey: spec.org,
      status: spec.draft ? ContentStatus.DRAFT : ContentStatus.PUBLISHED,
      publishedAt: spec.draft ? null : at,
    };
  });

  const year = chinaYear(now);
  const used = new Set<string>();
  const volunteerByKey = new Map(data.volunteers.map((v) => [v.key, v]));
  const leaderOf = (orgKey: string) => {
    for (const role of ['ADMIN', 'COORDINATOR', 'MEMBER'] as const) {
      const m = data.memberships.find((x) => x.organizationKey === orgKey && x.role === role && !used.has(x.volunteerKey));
      if (m) return volunteerByKey.get(m.volunteerKey)!;
    }
    throw new Error(`demo content needs a volunteer in ${orgKey}`);
  };
  const roleModels: DemoRoleModelRow[] = ROLE_MODELS.map((spec, index) => {
    let name: string;
    let volunteerKey: string | null = null;
    let district: string;
    if ('name' in spec.volunteer) {
      name = spec.volunteer.name;
      district = spec.volunteer.district;
    } else {
      const v = 'key' in spec.volunteer ? volunteerByKey.get(spec.volunteer.key) : leaderOf(spec.volunteer.leaderOf);
      if (!v) throw new Error('demo role model names an unknown volunteer');
      used.add(v.key);
      name = v.realName;
      volunteerKey = v.key;
      district = v.district;
    }
    const honourYear = year - spec.yearsAgo;
    // Honour lists come out in January; this year's list may not be out yet.
    const listDay = chinaTime(honourYear + 1, 1, 18, 10);
    const latest = now.getTime() - 3 * DAY_MS;
    const at = new Date(Math.min(listDay.getTime(), latest) - index * 5 * 60_000);
    return {
      name,
      honor: `${honourYear}年度${spec.honor}`,
      citation: spec.citation(name, spec.organization ? org(spec.organization) : ''),
      year: honourYear,
      volunteerKey,
      organizationKey: spec.organization,
      district,
      status: spec.draft ? ContentStatus.DRAFT : ContentStatus.PUBLISHED,
      publishedAt: spec.draft ? null : at,
    };
  });

  const showcases: DemoShowcaseRow[] = SHOWCASES.map((spec) => {
    const p = project(spec.projectKey);
    return {
      title: spec.title,
      summary: spec.summary,
      body: spec.body(org(p.organizationKey)).join('\n\n'),
      coverImageUrl: cover(spec.cover),
      projectKey: spec.projectKey,
      organizationKey: p.organizationKey,
      status: spec.draft ? ContentStatus.DRAFT : ContentStatus.PUBLISHED,
      publishedAt: spec.draft ? null : daysBefore(now, spec.daysAgo, HOURS[int(0, HOURS.length - 1)]),
    };
  });

  return { news, roleModels, showcases };
}

/** Inserts the demo content inside the demo seeder's transaction. */
export async function seedDemoContent(em: EntityManager, refs: DemoContentRefs): Promise<{ news: number; roleModels: number; showcases: number }> {
  const content = buildDemoContent(refs.data, refs.now);
  const projectIds = new Map(refs.data.projects.map((p, i) => [p.key, refs.projectIds[i]]));
  const ref = (map: ReadonlyMap<string, string>, key: string | null, what: string): string | null => {
    if (key === null) return null;
    const id = map.get(key);
    if (!id) throw new Error(`demo content: no ${what} for ${key}`);
    return id;
  };
  // Links to projects were written as `project:<key>`; they become the project pages' paths.
  const linkProjects = (markdown: string) =>
    markdown.replace(/\]\(project:([a-z0-9-]+)\)/g, (_all, key: string) => `](/projects/${ref(projectIds, key, 'project')}/)`);

  await em.insertMany(
    NewsArticle,
    content.news.map((n) => ({
      id: newId('nws'),
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      body: linkProjects(n.body),
      tags: n.tags,
      coverImageUrl: n.coverImageUrl,
      organization: ref(refs.organizationIds, n.organizationKey, 'organisation'),
      status: n.status,
      publishedAt: n.publishedAt,
      createdAt: n.publishedAt ?? refs.now,
      updatedAt: n.publishedAt ?? refs.now,
    })),
  );
  await em.insertMany(
    RoleModel,
    content.roleModels.map((r) => ({
      id: newId('rlm'),
      name: r.name,
      honor: r.honor,
      citation: r.citation,
      year: r.year,
      volunteer: ref(refs.volunteerIds, r.volunteerKey, 'volunteer'),
      organization: ref(refs.organizationIds, r.organizationKey, 'organisation'),
      district: r.district,
      photoUrl: null,
      status: r.status,
      publishedAt: r.publishedAt,
      createdAt: r.publishedAt ?? refs.now,
      updatedAt: r.publishedAt ?? refs.now,
    })),
  );
  await em.insertMany(
    Showcase,
    content.showcases.map((s) => ({
      id: newId('shw'),
      title: s.title,
      summary: s.summary,
      body: s.body,
      coverImageUrl: s.coverImageUrl,
      project: ref(projectIds, s.projectKey, 'project'),
      organization: ref(refs.organizationIds, s.organizationKey, 'organisation'),
      status: s.status,
      publishedAt: s.publishedAt,
      createdAt: s.publishedAt ?? refs.now,
      updatedAt: s.publishedAt ?? refs.now,
    })),
  );
  return { news: content.news.length, roleModels: content.roleModels.length, showcases: content.showcases.length };
}
