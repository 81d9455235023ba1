// Deterministic demo data (海口市龙华区 and 惠州市博罗县) as plain objects; the seeder persists it.
import { CHINA_OFFSET_MS } from '../common/china-time.js';
import { ageOn, generateResidentId } from '../modules/volunteer/resident-id.js';

export interface DemoOrganization {
  key: string;
  name: string;
  slug: string;
  kind: 'YOUTH_LEAGUE' | 'GOVERNMENT' | 'NGO' | 'SCHOOL' | 'COMPANY' | 'COMMUNITY' | 'FEDERATION';
  district: string;
  city: string;
  parentKey?: string;
  description: string;
  status: 'APPROVED' | 'PENDING';
  contactName?: string;
  /** Where its office or station is (the teams' map and "nearest teams"). */
  lat?: number;
  lng?: number;
}

export interface DemoVolunteer {
  key: string;
  realName: string;
  idNumber: string;
  phone: string;
  email?: string;
  district: string;
  skills: string[];
  role?: 'PLATFORM_ADMIN';
}

export interface DemoMembership {
  organizationKey: string;
  volunteerKey: string;
  role: 'MEMBER' | 'COORDINATOR' | 'ADMIN';
}

export interface DemoShift {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  waitlist: boolean;
  confirmedCount: number;
  waitlistCount: number;
  /** A lottery shift (抽签): entries are taken in the window and places drawn when it closes. */
  allocation?: 'LOTTERY';
  registrationOpensAt?: Date;
  registrationClosesAt?: Date;
  /** Volunteers entered in the draw so far (PENDING_DRAW sign-ups). */
  entrantCount?: number;
}

export interface DemoProject {
  key: string;
  organizationKey: string;
  title: string;
  summary: string;
  description: string;
  category: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  status: 'PUBLISHED' | 'DRAFT' | 'COMPLETED' | 'CANCELLED';
  shifts: DemoShift[];
}

export interface DemoData {
  organizations: DemoOrganization[];
  volunteers: DemoVolunteer[];
  memberships: DemoMembership[];
  projects: DemoProject[];
}

/** Password of every demo account; documented for local use only. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_CATEGORIES = [
  '生态环保',
  '文明交通',
  '社区服务',
  '阅读推广',
  '关爱儿童',
  '助老助残',
  '医疗卫生',
  '应急救援',
  '赛会服务',
  '文化宣传',
] as const;
export type DemoCategory = (typeof DEMO_CATEGORIES)[number];

// ---------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------

const LONGHUA = { district: '龙华区', city: '海口市', region: '460106' } as const;
const BOLUO = { district: '博罗县', city: '惠州市', region: '441322' } as const;
type Area = typeof LONGHUA | typeof BOLUO;

type OrgRow = [key: string, name: string, slug: string, kind: DemoOrganization['kind'], area: Area, parentKey: string | null, description: string];

const ORGANIZATIONS: OrgRow[] = [
  [
    'lh-youth-league',
    '共青团龙华区委',
    'longhua-youth-league',
    'YOUTH_LEAGUE',
    LONGHUA,
    null,
    '共青团海口市龙华区委员会，龙华区青年志愿服务的组织者。2013 年建成龙华爱心网，推动志愿者网上注册、活动网上发布和服务时长网上登记。',
  ],
  [
    'lh-yva',
    '龙华区青年志愿者协会',
    'longhua-youth-volunteers',
    'NGO',
    LONGHUA,
    'lh-youth-league',
    '在团区委指导下开展志愿服务的青年社团，组织义务植树、文明交通宣传、环境整治、法律法规宣传和社区服务等活动，是龙华爱心网志愿者社群的核心。',
  ],
  [
    'lh-binhai-street',
    '龙华区滨海街道办事处',
    'longhua-binhai-subdistrict',
    'GOVERNMENT',
    LONGHUA,
    null,
    '滨海街道办事处，联系辖区社区发布志愿服务需求，常年与团区委合作开展文明创建和防风防汛工作。',
  ],
  ['lh-anti-drug', '龙华区禁毒志愿服务队', 'longhua-anti-drug', 'GOVERNMENT', LONGHUA, null, '由区禁毒办组建，面向社区、学校开展禁毒宣传教育。'],
  [
    'lh-aixin-outdoor',
    '龙华爱心网户外环保小组',
    'longhua-aixin-outdoor',
    'COMMUNITY',
    LONGHUA,
    'lh-yva',
    '源自龙华爱心网 QQ 群的网友自发团体，周末组织净滩、巡河和城市徒步捡拾垃圾。',
  ],
  [
    'lh-blue-coast',
    '龙华区蓝色海岸环保志愿队',
    'longhua-blue-coast',
    'NGO',
    LONGHUA,
    'lh-yva',
    '关注海口湾海岸线保护，定期开展净滩和海洋垃圾监测，向市民普及减塑知识。',
  ],
  [
    'lh-red-cross',
    '龙华区红十字应急救护志愿服务队',
    'longhua-red-cross-rescue',
    'NGO',
    LONGHUA,
    null,
    '由持证救护员组成，开展应急救护培训、无偿献血宣传和大型活动医疗保障。',
  ],
  ['lh-sign-language', '椰城手语志愿服务队', 'yecheng-sign-language', 'NGO', LONGHUA, 'lh-yva', '推广手语，为听障朋友提供陪同、翻译和助残服务。'],
  [
    'lh-binhai-school',
    '海口市滨海中学青年志愿者服务队',
    'binhai-middle-school',
    'SCHOOL',
    LONGHUA,
    'lh-youth-league',
    '中学团委组建的学生志愿者队伍，利用课余时间参加敬老助残和文明宣传活动。',
  ],
  [
    'lh-college',
    '海南城西职业学院青年志愿者协会',
    'chengxi-vocational-college',
    'SCHOOL',
    LONGHUA,
    'lh-youth-league',
    '高校学生志愿者组织，擅长支教助学、志愿讲解和赛会服务。',
  ],
  [
    'lh-jinmao-business',
    '金贸商圈企业志愿服务联盟',
    'jinmao-business-volunteers',
    'COMPANY',
    LONGHUA,
    null,
    '金贸片区律所、银行和写字楼企业的员工志愿者联盟，提供法律咨询、金融知识普及等专业志愿服务。',
  ],
  [
    'lh-bus',
    '椰城公交爱心车队志愿服务队',
    'yecheng-bus-volunteers',
    'COMPANY',
    LONGHUA,
    null,
    '公交驾驶员和站务员组成的志愿服务队，参与文明交通劝导和高考爱心送考。',
  ],
  ['lh-qilou', '中山街道骑楼社区志愿服务队', 'qilou-community', 'COMMUNITY', LONGHUA, 'lh-yva', '扎根骑楼老街的社区志愿服务队，服务老街居民特别是独居老人。'],
  ['lh-yusha', '金贸街道玉沙社区志愿服务队', 'yusha-community', 'COMMUNITY', LONGHUA, null, '社区居民志愿者队伍，负责垃圾分类指导、社区义诊组织和邻里互助。'],
  [
    'lh-chengxi-rural',
    '城西镇乡村振兴青年志愿服务队',
    'chengxi-rural-youth',
    'COMMUNITY',
    LONGHUA,
    'lh-yva',
    '返乡青年发起的志愿服务队，计划开展农村留守儿童陪伴和农产品直播助农。',
  ],
  [
    'bl-civilization-office',
    '博罗县文明办志愿服务队',
    'boluo-civilization-office',
    'GOVERNMENT',
    BOLUO,
    null,
    '博罗县精神文明建设委员会办公室组建，统筹“仁爱博罗、文明之城”宣传和文明城市创建志愿服务。',
  ],
  [
    'bl-federation',
    '博罗县志愿者联合会',
    'boluo-volunteer-federation',
    'FEDERATION',
    BOLUO,
    null,
    '博罗县志愿服务组织的枢纽，运营 2015 年 12 月落成的博罗志愿服务总站，为新成立的志愿服务队伍提供注册、培训和孵化指导。',
  ],
  [
    'bl-bowen',
    '博闻公益书吧志愿服务队',
    'bowen-reading-bar',
    'NGO',
    BOLUO,
    'bl-federation',
    '博罗志愿服务总站首批公益项目“博闻公益书吧”的志愿者团队，负责书吧值班和阅读推广。',
  ],
  [
    'bl-luofushan',
    '罗浮山生态保护志愿服务队',
    'luofushan-eco',
    'NGO',
    BOLUO,
    'bl-federation',
    '守护罗浮山和东江博罗段的生态环境，开展植树护林、巡河护河和登山步道清洁。',
  ],
  [
    'bl-red-cross',
    '博罗县红十字志愿救护队',
    'boluo-red-cross',
    'NGO',
    BOLUO,
    'bl-federation',
    '开展应急救护培训、义诊和防溺水宣传，为全县大型活动提供救护保障。',
  ],
  [
    'bl-basketball',
    '小篮球大梦想助学志愿服务队',
    'little-basketball-big-dream',
    'NGO',
    BOLUO,
    'bl-federation',
    '执行“小篮球、大梦想”助学公益项目，为城区和乡镇孩子开设免费篮球课。',
  ],
  [
    'bl-shiwan-women',
    '石湾镇巾帼志愿服务队',
    'shiwan-women-volunteers',
    'COMMUNITY',
    BOLUO,
    'bl-federation',
    '石湾镇妇联组织的巾帼志愿者，关爱留守儿童和困难家庭。',
  ],
  [
    'bl-longxi',
    '龙溪街道青年志愿服务队',
    'longxi-youth',
    'COMMUNITY',
    BOLUO,
    'bl-federation',
    '龙溪街道团工委牵头的青年志愿者队伍，开展垃圾分类宣传和社区服务。',
  ],
  [
    'bl-library',
    '博罗县图书馆读者志愿服务队',
    'boluo-library-volunteers',
    'GOVERNMENT',
    BOLUO,
    'bl-federation',
    '县图书馆招募的读者志愿者，提供图书整理、阅读推广和志愿讲解服务。',
  ],
  [
    'bl-yuanzhou-enterprise',
    '园洲镇企业联合志愿服务队',
    'yuanzhou-enterprise-volunteers',
    'COMPANY',
    BOLUO,
    'bl-federation',
    '园洲镇制造企业员工组成的志愿服务队，关注外来务工人员子女和安全生产知识普及。',
  ],
  [
    'bl-luoyang-school',
    '博罗县罗阳第一中学志愿服务队',
    'luoyang-no1-middle-school',
    'SCHOOL',
    BOLUO,
    'bl-federation',
    '中学师生志愿者队伍，参与文明交通劝导、考试护航和校园周边环境整治。',
  ],
  [
    'bl-good-people',
    '博罗好人工作室志愿服务队',
    'boluo-good-people-studio',
    'NGO',
    BOLUO,
    'bl-federation',
    '由博罗县第一批“好人”发起，计划开展邻里帮扶和道德讲堂进社区，正在志愿服务总站接受孵化。',
  ],
];

/** Organisations still in the incubation queue, with the applicant to contact; everything else is approved. */
const PENDING_ORGS: ReadonlyMap<string, string> = new Map([
  ['lh-chengxi-rural', '符振华'],
  ['bl-good-people', '钟美玲'],
]);

/** Where each team's office or station is; a team left out has no location (the map lists it only). */
const ORG_LOCATIONS: ReadonlyMap<string, [lat: number, lng: number]> = new Map([
  ['lh-youth-league', [20.0325, 110.3265]],
  ['lh-yva', [20.0298, 110.3242]],
  ['lh-binhai-street', [20.0402, 110.3188]],
  ['lh-anti-drug', [20.0226, 110.3317]],
  ['lh-aixin-outdoor', [20.0378, 110.3301]],
  ['lh-blue-coast', [20.0431, 110.3362]],
  ['lh-red-cross', [20.0184, 110.3279]],
  ['lh-sign-language', [20.0351, 110.3418]],
  ['lh-binhai-school', [20.0389, 110.3124]],
  ['lh-college', [20.0012, 110.3071]],
  ['lh-jinmao-business', [20.0256, 110.3196]],
  ['lh-bus', [20.0137, 110.3386]],
  ['lh-qilou', [20.0462, 110.3479]],
  ['lh-yusha', [20.0282, 110.3233]],
  ['lh-chengxi-rural', [20.0008, 110.3112]],
  ['bl-civilization-office', [23.1727, 114.2893]],
  ['bl-federation', [23.1751, 114.2847]],
  ['bl-bowen', [23.1698, 114.2962]],
  ['bl-luofushan', [23.2695, 114.0542]],
  ['bl-red-cross', [23.1786, 114.2801]],
  ['bl-basketball', [23.1664, 114.2779]],
  ['bl-shiwan-women', [23.0921, 113.9712]],
  ['bl-longxi', [23.1186, 114.0275]],
  ['bl-library', [23.1739, 114.2921]],
  ['bl-yuanzhou-enterprise', [23.1162, 113.9868]],
]);

interface Place {
  name: string;
  area: Area;
  address: string;
  lat: number;
  lng: number;
}

const PLACES = {
  wanlvyuan: { name: '万绿园', area: LONGHUA, address: '海口市龙华区滨海大道万绿园', lat: 20.0355, lng: 110.3335 },
  binhaiPark: { name: '滨海公园', area: LONGHUA, address: '海口市龙华区滨海大道滨海公园', lat: 20.0398, lng: 110.321 },
  jinniuling: { name: '金牛岭公园', area: LONGHUA, address: '海口市龙华区金牛路金牛岭公园南门', lat: 20.0062, lng: 110.3225 },
  haikouBay: { name: '海口湾滨海大道段', area: LONGHUA, address: '海口市龙华区滨海大道（万绿园至世纪大桥段）', lat: 20.042, lng: 110.338 },
  longkungou: { name: '龙昆沟', area: LONGHUA, address: '海口市龙华区龙昆沟（海秀路至滨海大道段）', lat: 20.03, lng: 110.327 },
  longkunNansha: { name: '龙昆南路南沙路口', area: LONGHUA, address: '海口市龙华区龙昆南路与南沙路交叉口', lat: 20.016, lng: 110.329 },
  haixiuLonghua: { name: '海秀东路龙华路口', area: LONGHUA, address: '海口市龙华区海秀东路与龙华路交叉口', lat: 20.0315, lng: 110.3405 },
  qilou: { name: '骑楼老街', area: LONGHUA, address: '海口市龙华区中山街道中山路骑楼老街', lat: 20.0468, lng: 110.3485 },
  zhongshan: { name: '中山街道', area: LONGHUA, address: '海口市龙华区中山街道新民社区居委会', lat: 20.044, lng: 110.345 },
  datong: { name: '大同街道', area: LONGHUA, address: '海口市龙华区大同街道大同里社区服务中心', lat: 20.0365, lng: 110.344 },
  yusha: { name: '玉沙社区', area: LONGHUA, address: '海口市龙华区金贸街道玉沙社区服务中心', lat: 20.028, lng: 110.323 },
  haiken: { name: '海垦街道', area: LONGHUA, address: '海口市龙华区海垦街道海垦路社区服务中心', lat: 20.019, lng: 110.335 },
  jinyu: { name: '金宇街道', area: LONGHUA, address: '海口市龙华区金宇街道金盘社区文化室', lat: 20.009, lng: 110.33 },
  chengxi: { name: '城西镇', area: LONGHUA, address: '海口市龙华区城西镇沙坡村委会', lat: 20.001, lng: 110.311 },
  chengxiElder: { name: '城西镇敬老院', area: LONGHUA, address: '海口市龙华区城西镇敬老院', lat: 20.0035, lng: 110.308 },
  bloodHouse: { name: '国贸献血屋', area: LONGHUA, address: '海口市龙华区金贸街道国贸路爱心献血屋', lat: 20.024, lng: 110.321 },
  qilouMuseum: { name: '骑楼历史文化展馆', area: LONGHUA, address: '海口市龙华区中山路骑楼历史文化展馆', lat: 20.047, lng: 110.3475 },
  longhuaLibrary: { name: '龙华区图书馆', area: LONGHUA, address: '海口市龙华区龙昆南路龙华区图书馆', lat: 20.02, lng: 110.33 },
  marathon: { name: '滨海大道补给站', area: LONGHUA, address: '海口市龙华区滨海大道万绿园段马拉松补给站', lat: 20.0365, lng: 110.332 },
  examSite: { name: '滨海中学考点', area: LONGHUA, address: '海口市龙华区滨海大道海口市滨海中学考点', lat: 20.0385, lng: 110.325 },
  disabilityCentre: { name: '龙华区残疾人托养中心', area: LONGHUA, address: '海口市龙华区海垦路龙华区残疾人托养中心', lat: 20.0175, lng: 110.3365 },
  boluoStation: { name: '博罗志愿服务总站', area: BOLUO, address: '惠州市博罗县罗阳街道博罗志愿服务总站', lat: 23.1745, lng: 114.288 },
  bowenBar: { name: '博闻公益书吧', area: BOLUO, address: '惠州市博罗县罗阳街道博闻公益书吧', lat: 23.1785, lng: 114.2925 },
  boluoLibrary: { name: '博罗县图书馆', area: BOLUO, address: '惠州市博罗县罗阳街道博罗县图书馆', lat: 23.172, lng: 114.29 },
  luoyang: { name: '罗阳街道', area: BOLUO, address: '惠州市博罗县罗阳街道义和社区服务中心', lat: 23.169, lng: 114.296 },
  luoyangCrossing: { name: '罗阳北门路口', area: BOLUO, address: '惠州市博罗县罗阳街道博罗大道与北门路交叉口', lat: 23.177, lng: 114.286 },
  dongjiang: { name: '东江博罗段', area: BOLUO, address: '惠州市博罗县罗阳街道沿江路东江堤岸', lat: 23.161, lng: 114.284 },
  luofushan: { name: '罗浮山', area: BOLUO, address: '惠州市博罗县长宁镇罗浮山风景名胜区', lat: 23.269, lng: 114.064 },
  shiwan: { name: '石湾镇', area: BOLUO, address: '惠州市博罗县石湾镇新义村文化室', lat: 23.083, lng: 114.015 },
  yuanzhou: { name: '园洲镇', area: BOLUO, address: '惠州市博罗县园洲镇文化广场', lat: 23.126, lng: 114.001 },
  longxi: { name: '龙溪街道', area: BOLUO, address: '惠州市博罗县龙溪街道文化站', lat: 23.11, lng: 114.06 },
  luoyangElder: { name: '罗阳街道敬老院', area: BOLUO, address: '惠州市博罗县罗阳街道敬老院', lat: 23.1805, lng: 114.301 },
  luoyangDisabled: { name: '罗阳街道残疾人之家', area: BOLUO, address: '惠州市博罗县罗阳街道残疾人之家', lat: 23.17, lng: 114.298 },
  boluoExam: { name: '罗阳第一中学考点', area: BOLUO, address: '惠州市博罗县罗阳街道罗阳第一中学考点', lat: 23.166, lng: 114.287 },
} satisfies Record<string, Place>;
type PlaceKey = keyof typeof PLACES;

interface ActivityTemplate {
  category: DemoCategory;
  title: (place: string) => string;
  summary: (place: string) => string;
  intro: string;
  tasks: string[];
  note?: string;
}

const ACTIVITIES = {
  tree: {
    category: '生态环保',
    title: (p) => `${p}义务植树活动`,
    summary: (p) => `在${p}补植乡土树种并养护往年苗木，为城市增添一片新绿。`,
    intro: '本次活动与园林部门合作，在指定地块补植乡土树种，并对往年种下的苗木进行松土、浇水和扶正。树苗和工具由组织方统一准备。',
    tasks: ['分组挖穴、栽苗、培土', '为新植苗木浇定根水、挂认养牌', '清理现场包装袋和杂物'],
    note: '请穿长袖衣裤和运动鞋，自备水杯、帽子和防晒用品。',
  },
  traffic: {
    category: '文明交通',
    title: (p) => `${p}文明交通劝导`,
    summary: (p) => `在${p}协助交警劝导行人和非机动车文明出行。`,
    intro: '早晚高峰时段，行人闯红灯、电动车不戴头盔等现象仍较常见。志愿者身穿红马甲、手持小红旗，在交警和协管员指导下开展文明交通劝导。',
    tasks: ['劝导行人按信号灯通行，不闯红灯、不翻越护栏', '提醒电动车驾乘人员佩戴安全头盔、不逆行', '向市民发放文明交通宣传资料'],
    note: '劝导时站在人行道或安全岛指定位置，不得进入机动车道。',
  },
  beach: {
    category: '生态环保',
    title: (p) => `${p}净滩行动`,
    summary: (p) => `清理${p}沿岸的塑料垃圾和海漂垃圾，守护蓝色海岸。`,
    intro: '海岸线上的塑料瓶、泡沫和渔网碎片被海浪反复冲刷，最终会变成危害海洋生物的微塑料。本次净滩行动分段清理沿岸垃圾，并对收集到的垃圾分类称重、记录。',
    tasks: ['分段拾捡沙滩和礁石缝隙中的垃圾', '按塑料、玻璃、泡沫、渔具等类别分类称重', '拍照记录并填写海洋垃圾监测表'],
    note: '组织方提供手套、垃圾袋和夹子；请留意潮汐时间，不要靠近礁石边缘和深水区。',
  },
  river: {
    category: '生态环保',
    title: (p) => `${p}河道巡护与清理`,
    summary: (p) => `沿${p}巡查排污口和水面漂浮物，协助河长制巡河工作。`,
    intro: '河道水质与沿岸居民的生活息息相关。志愿者将配合河长办工作人员沿河巡查，记录疑似排污口和垃圾堆放点，并清理够得着的水面漂浮物。',
    tasks: ['沿河岸步行巡查，拍照记录问题点位', '使用长柄网兜打捞水面漂浮物', '向沿岸商户和居民宣传爱河护河知识'],
    note: '部分路段没有护栏，请勿靠近湿滑的水边；未成年人须由家长陪同。',
  },
  cleanup: {
    category: '社区服务',
    title: (p) => `${p}环境卫生整治`,
    summary: (p) => `走进${p}的背街小巷，清理卫生死角，整治乱张贴。`,
    intro: '老城区巷道狭窄，卫生死角和“牛皮癣”小广告较多。本次活动联合社区居委会，组织志愿者对背街小巷集中清理，营造整洁有序的居住环境。',
    tasks: ['清理绿化带、楼道口的垃圾和杂物', '铲除墙面、电线杆上的小广告', '劝导商户规范摆放，落实门前三包'],
  },
  elderlyVisit: {
    category: '助老助残',
    title: (p) => `${p}空巢老人探访`,
    summary: (p) => `上门探访${p}的独居和空巢老人，陪伴聊天并了解生活需求。`,
    intro:
      '辖区内不少老人的子女在外工作，平日独自生活。志愿者两人一组，在社区网格员带领下入户探访，陪老人聊聊天，检查家中水电燃气安全，并记录老人的实际困难交社区跟进。',
    tasks: ['陪伴老人聊天、读报，教老人使用智能手机', '检查家中水电燃气等安全隐患', '填写探访记录表，反馈需要跟进的困难'],
    note: '入户须两人同行，尊重老人生活习惯，不收受任何财物；会说本地方言者优先。',
  },
  familyReading: {
    category: '阅读推广',
    title: (p) => `${p}周末亲子共读`,
    summary: (p) => `在${p}带领亲子家庭共读绘本，培养孩子的阅读习惯。`,
    intro:
      '博闻公益书吧是博罗志愿服务总站首批公益项目之一，面向市民免费开放。周末亲子共读由志愿者挑选适龄绘本，带领 3 至 8 岁的孩子和家长一起阅读、讨论和动手创作。',
    tasks: ['提前选书并准备共读教案', '带领亲子家庭朗读、讨论绘本故事', '组织读后绘画或手工活动，整理场地'],
    note: '有教学辅导或幼教经验者优先，需能用普通话流利朗读。',
  },
  readingDuty: {
    category: '阅读推广',
    title: (p) => `${p}图书整理与借阅值班`,
    summary: (p) => `在${p}值班，负责图书整理、借还登记和读者引导。`,
    intro: '书吧藏书大多来自市民捐赠，需要定期分类上架、修补破损图书。值班志愿者同时负责借还登记和读者咨询，让书吧保持整洁有序。',
    tasks: ['捐赠图书登记、贴标签、分类上架', '办理借还手续，提醒到期未还的读者', '修补破损图书，保持阅览区整洁'],
  },
  stationDuty: {
    category: '社区服务',
    title: (p) => `${p}值班`,
    summary: (p) => `在${p}值班，为来访群众提供便民服务和注册咨询。`,
    intro:
      '博罗志愿服务总站于 2015 年 12 月落成启动，每天由各志愿服务队伍的志愿者轮流值班。值班志愿者为来访群众提供免费茶水、手机应急充电、图书阅览等便民服务。',
    tasks: ['接待来访群众，提供茶水和手机应急充电', '指导市民在平台上实名注册、报名活动', '更新“活动资讯”宣传栏，介绍各队伍的活动预告'],
    note: '值班时请穿着所在队伍的志愿服装，顺便介绍本队伍的特色服务。',
  },
  leftBehind: {
    category: '关爱儿童',
    title: (p) => `${p}留守儿童课业辅导`,
    summary: (p) => `为${p}的留守儿童提供课业辅导和陪伴。`,
    intro: '不少孩子的父母常年在外务工，由祖辈照看，课后学习缺少辅导。志愿者将在村（社区）活动室为孩子们辅导作业、开展兴趣课程，并与孩子们结成长期陪伴关系。',
    tasks: ['辅导小学语文、数学、英语作业', '开展绘画、手工、安全教育等兴趣课程', '与孩子们谈心，记录成长情况'],
    note: '需有耐心和责任心，有教学辅导经验者优先；请勿单独带孩子离开活动场地。',
  },
  blood: {
    category: '医疗卫生',
    title: (p) => `${p}无偿献血宣传`,
    summary: (p) => `在${p}宣传无偿献血知识，引导市民献出爱心。`,
    intro: '临床用血全部来自健康公民的无偿捐献。本次活动配合中心血站开展宣传，向市民讲解献血条件和流程，消除对献血的误解，动员符合条件的市民参与献血。',
    tasks: ['发放无偿献血宣传资料，解答市民疑问', '引导献血者填表、排队，维持现场秩序', '为献血者送上饮水，提醒献血后的注意事项'],
  },
  nursingHome: {
    category: '助老助残',
    title: (p) => `${p}慰问演出`,
    summary: (p) => `走进${p}，为老人们送上文艺节目和生活用品。`,
    intro: '敬老院的老人们最盼望有人来看看。本次慰问活动将为老人们表演歌舞和戏曲选段，送上水果和生活用品，并帮忙打扫房间、理发、剪指甲。',
    tasks: ['表演歌舞、戏曲、乐器等文艺节目', '为老人理发、剪指甲，打扫房间', '陪老人聊天，合影留念'],
    note: '有文艺特长的志愿者请在报名备注中写明节目内容。',
  },
  civilizedCity: {
    category: '文化宣传',
    title: (p) => `${p}文明城市创建宣传`,
    summary: (p) => `在${p}开展文明城市创建宣传，倡导文明行为。`,
    intro: '文明城市创建需要每一位市民参与。志愿者将在街头和商铺开展文明行为宣传，劝导乱扔垃圾、乱停乱放等不文明行为，并协助巡查公益广告点位。',
    tasks: ['向市民和商户发放文明城市创建倡议书', '劝导乱扔垃圾、乱停乱放等不文明行为', '巡查公益广告和宣传栏，记录破损点位'],
  },
  sorting: {
    category: '生态环保',
    title: (p) => `${p}垃圾分类宣传`,
    summary: (p) => `在${p}指导居民正确投放生活垃圾。`,
    intro: '生活垃圾分类实施以来，不少居民仍分不清可回收物和其他垃圾。志愿者将在小区投放点值守，现场指导居民分类投放，并通过有奖问答普及分类知识。',
    tasks: ['在投放点值守，指导居民分类投放', '开展垃圾分类有奖问答', '记录各投放点的分类准确情况'],
  },
  drowning: {
    category: '应急救援',
    title: (p) => `${p}防溺水安全宣传`,
    summary: (p) => `走进${p}的学校和村居，宣传防溺水“六不”安全知识。`,
    intro: '夏季是学生溺水事故的高发期。志愿者将走进学校和村居，向中小学生和家长宣讲防溺水“六不”要求，并在水库、河边等危险水域张贴警示标识。',
    tasks: ['向学生讲解防溺水“六不”要求和自救常识', '走访家长，发放《致家长的一封信》', '巡查危险水域并张贴警示标识'],
    note: '持有救生员证或救护员证者优先；巡查危险水域时一律不得下水。',
  },
  docent: {
    category: '文化宣传',
    title: (p) => `${p}志愿讲解`,
    summary: (p) => `在${p}担任志愿讲解员，为参观者讲述本地历史文化。`,
    intro: '志愿讲解员经过岗前培训后上岗，为散客和团队提供定时讲解服务，让更多人了解本地的历史文化和风土人情。',
    tasks: ['参加岗前培训，熟悉讲解词', '按时段为参观者提供定点或随行讲解', '引导参观秩序，解答咨询'],
    note: '需普通话标准，能用英语讲解者优先；首次参加须完成岗前培训。',
  },
  clinic: {
    category: '医疗卫生',
    title: (p) => `${p}健康义诊`,
    summary: (p) => `联合医护志愿者在${p}为居民免费测血压、血糖并提供健康咨询。`,
    intro: '本次义诊由具有执业资格的医生、护士志愿者坐诊，为社区居民特别是老年人提供免费健康检查和用药咨询。非医疗专业的志愿者负责现场引导、登记和秩序维护。',
    tasks: ['医护志愿者测量血压、血糖，提供健康咨询', '引导居民排队、登记健康档案', '宣传慢病防控和健康生活方式'],
    note: '医护岗位须持有效执业证书，报名时请在备注中说明。',
  },
  disability: {
    category: '助老助残',
    title: (p) => `${p}助残陪伴日`,
    summary: (p) => `到${p}陪伴残障朋友开展康复训练和文娱活动。`,
    intro: '残障朋友需要的不只是照顾，更是平等的陪伴。志愿者将在康复老师指导下，协助开展康复训练、手工课和文娱活动，帮助他们更好地融入社会。',
    tasks: ['协助康复老师开展肢体和语言康复训练', '组织手工、绘画、唱歌等文娱活动', '陪伴外出散步，注意安全看护'],
    note: '会手语者优先；请提前了解与残障人士沟通的基本礼仪。',
  },
  exam: {
    category: '社区服务',
    title: (p) => `${p}高考爱心送考`,
    summary: (p) => `在${p}为考生和家长提供引导、应急和爱心服务。`,
    intro: '高考期间考点周边人流车流集中。志愿者将在考点外设立爱心服务点，为考生提供文具、饮用水和应急药品，协助交警疏导交通，安抚等候的家长。',
    tasks: ['为考生提供文具、饮用水和应急药品', '协助交警疏导考点周边交通', '在家长等候区维持秩序，保持考点周边安静'],
  },
  marathon: {
    category: '赛会服务',
    title: (p) => `海口马拉松${p}赛会服务`,
    summary: (p) => `在海口马拉松${p}为跑者提供补给、引导和赛后清洁。`,
    intro: '海口马拉松沿滨海大道设置多个补给站，需要大量志愿者保障跑者补给和赛道秩序。志愿者将统一着装，在补给站和赛道沿线提供服务。',
    tasks: ['分发饮用水、运动饮料和香蕉', '举牌引导跑者，提醒观众不要横穿赛道', '赛后清理补给站和赛道垃圾'],
    note: '须参加赛前培训并领取志愿者服装；比赛当天清晨集合，请合理安排作息。',
  },
  firstAid: {
    category: '应急救援',
    title: (p) => `${p}应急救护知识普及`,
    summary: (p) => `在${p}普及心肺复苏和 AED 使用等应急救护技能。`,
    intro: '心脏骤停后的黄金抢救时间只有 4 分钟。本次活动由红十字会持证救护师资授课，志愿者协助开展心肺复苏、AED 使用和海姆立克急救法的培训与演练。',
    tasks: ['布置培训场地，摆放模拟人和 AED 训练机', '协助救护师资指导学员分组练习', '登记学员信息，发放宣传资料'],
    note: '持有红十字救护员证者优先。',
  },
  antiDrug: {
    category: '文化宣传',
    title: (p) => `${p}禁毒知识宣传`,
    summary: (p) => `在${p}开展禁毒宣传，提高居民识毒、防毒、拒毒意识。`,
    intro:
      '新型毒品常常伪装成“奶茶”“跳跳糖”等形态，更具迷惑性。本次活动配合禁毒部门在社区广场设置宣传展板，通过仿真模型展示和有奖问答，向居民特别是青少年普及禁毒知识。',
    tasks: ['布置禁毒宣传展板和仿真毒品模型', '讲解新型毒品的危害和识别方法', '组织禁毒知识有奖问答'],
  },
  signCorner: {
    category: '助老助残',
    title: (p) => `${p}手语角`,
    summary: (p) => `在${p}开设手语角，教市民学习常用手语。`,
    intro: '手语是听障朋友的语言。手语角每期教授一组生活常用手语，并邀请听障朋友现场交流，让更多人能和听障朋友“说上话”。',
    tasks: ['协助手语老师教学，分组练习', '陪同听障朋友参与交流', '拍摄整理教学视频，便于线上传播'],
    note: '零基础也可报名，有手语基础者可担任小组助教。',
  },
  legal: {
    category: '文化宣传',
    title: (p) => `${p}法律法规进社区`,
    summary: (p) => `组织法律专业志愿者在${p}为居民提供免费法律咨询。`,
    intro: '邻里纠纷、劳动合同、婚姻家庭……居民遇到法律问题时常常不知道该问谁。本次活动由律师和法律专业志愿者现场坐诊，并结合典型案例宣传民法典。',
    tasks: ['律师志愿者提供一对一法律咨询', '结合典型案例讲解民法典相关条款', '登记需要后续跟进的咨询事项'],
    note: '法律咨询岗位需具备法律职业资格或法学专业背景。',
  },
  typhoon: {
    category: '应急救援',
    title: (p) => `${p}防风防汛应急值守`,
    summary: (p) => `台风季在${p}协助开展防风防汛宣传和隐患排查。`,
    intro: '海南每年台风季都会受到台风影响。志愿者将协助社区做好防风防汛宣传，排查危旧房屋和户外广告牌隐患，必要时协助转移安置群众。',
    tasks: ['入户宣传防风防汛知识，发放应急物资清单', '排查危旧房屋、户外广告牌和行道树隐患', '在临时安置点协助登记和物资发放'],
    note: '活动可能因天气临时调整，请保持手机畅通，服从现场指挥，不得擅自行动。',
  },
  basketball: {
    category: '关爱儿童',
    title: (p) => `${p}“小篮球、大梦想”篮球公益课`,
    summary: (p) => `为${p}的孩子们开设免费篮球课，用运动点亮梦想。`,
    intro: '“小篮球、大梦想”是博罗志愿服务总站启动的首批公益项目之一，通过为城区和乡镇的孩子开设篮球课，帮助他们强身健体、建立自信。',
    tasks: ['带领孩子们热身和基本功训练', '组织分组对抗赛，担任裁判', '课后整理器材，记录孩子们的进步'],
    note: '有篮球基础或体育教学经验者优先。',
  },
} satisfies Record<string, ActivityTemplate>;
type ActivityKey = keyof typeof ACTIVITIES;

type ProjectRow = [activity: ActivityKey, place: PlaceKey, organizationKey: string];

/** Which activities run where and by whom, grouped by the status the demo needs. */
const PROJECTS: Record<DemoProject['status'], ProjectRow[]> = {
  PUBLISHED: [
    ['tree', 'jinniuling', 'lh-yva'],
    ['traffic', 'longkunNansha', 'lh-yva'],
    ['traffic', 'haixiuLonghua', 'lh-bus'],
    ['beach', 'wanlvyuan', 'lh-blue-coast'],
    ['beach', 'haikouBay', 'lh-aixin-outdoor'],
    ['river', 'longkungou', 'lh-blue-coast'],
    ['cleanup', 'qilou', 'lh-qilou'],
    ['elderlyVisit', 'zhongshan', 'lh-qilou'],
    ['elderlyVisit', 'datong', 'lh-yva'],
    ['leftBehind', 'chengxi', 'lh-college'],
    ['blood', 'bloodHouse', 'lh-red-cross'],
    ['nursingHome', 'chengxiElder', 'lh-binhai-school'],
    ['civilizedCity', 'haiken', 'lh-binhai-street'],
    ['sorting', 'yusha', 'lh-yusha'],
    ['drowning', 'chengxi', 'lh-red-cross'],
    ['docent', 'qilouMuseum', 'lh-college'],
    ['clinic', 'yusha', 'lh-red-cross'],
    ['disability', 'disabilityCentre', 'lh-sign-language'],
    ['marathon', 'marathon', 'lh-yva'],
    ['antiDrug', 'datong', 'lh-anti-drug'],
    ['signCorner', 'longhuaLibrary', 'lh-sign-language'],
    ['legal', 'jinyu', 'lh-jinmao-business'],
    ['typhoon', 'haiken', 'lh-youth-league'],
    ['familyReading', 'bowenBar', 'bl-bowen'],
    ['readingDuty', 'bowenBar', 'bl-bowen'],
    ['stationDuty', 'boluoStation', 'bl-federation'],
    ['tree', 'luofushan', 'bl-luofushan'],
    ['river', 'dongjiang', 'bl-luofushan'],
    ['basketball', 'luoyang', 'bl-basketball'],
    ['leftBehind', 'shiwan', 'bl-shiwan-women'],
    ['docent', 'boluoLibrary', 'bl-library'],
    ['sorting', 'longxi', 'bl-longxi'],
    ['traffic', 'luoyangCrossing', 'bl-luoyang-school'],
    ['drowning', 'yuanzhou', 'bl-red-cross'],
  ],
  COMPLETED: [
    ['exam', 'examSite', 'lh-youth-league'],
    ['tree', 'wanlvyuan', 'lh-youth-league'],
    ['cleanup', 'zhongshan', 'lh-aixin-outdoor'],
    ['nursingHome', 'luoyangElder', 'bl-federation'],
    ['exam', 'boluoExam', 'bl-luoyang-school'],
    ['clinic', 'luoyang', 'bl-red-cross'],
    ['firstAid', 'yuanzhou', 'bl-yuanzhou-enterprise'],
    ['civilizedCity', 'luoyang', 'bl-civilization-office'],
  ],
  DRAFT: [
    ['blood', 'luoyang', 'bl-federation'],
    ['firstAid', 'yusha', 'lh-red-cross'],
    ['disability', 'luoyangDisabled', 'bl-federation'],
  ],
  CANCELLED: [
    ['beach', 'binhaiPark', 'lh-aixin-outdoor'],
    ['basketball', 'shiwan', 'bl-basketball'],
  ],
};

const SURNAMES_COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
// Weighted towards local names: 符/邢/云 are characteristic of Hainan, 钟/赖/温 of Hakka 博罗.
const SURNAMES_LONGHUA = SURNAMES_COMMON + '符符符吴吴王王陈陈林林邢邢云李冯';
const SURNAMES_BOLUO = SURNAMES_COMMON + '黄黄陈陈李李张叶叶钟钟邓刘罗曾赖温';
const GIVEN_FIRST = '晓子思雨嘉家俊志文海建明佳欣宇梓一诗若天春秋小少永美丽慧';
const GIVEN_MALE = '伟强磊军勇杰涛明超辉鹏浩宇轩峰博斌华海东平林凯晨阳健龙豪成亮坤';
const GIVEN_FEMALE = '燕丽娟婷静敏芳雪慧琳欣怡颖洁梅兰琴萍倩雯璐雅梦月丹霞玉妍彤蕾';

const SKILLS = [
  '急救',
  '摄影',
  '英语',
  '手语',
  '法律咨询',
  '心理疏导',
  '驾驶',
  '教学辅导',
  '文案宣传',
  '医疗护理',
  '电脑维修',
  '视频剪辑',
  '活动策划',
  '文艺表演',
  '书法',
  '水上救生',
  '普通话',
  '海南话',
  '粤语',
  '客家话',
];
const LOCAL_SKILLS: Record<Area['district'], readonly string[]> = { 龙华区: ['海南话'], 博罗县: ['粤语', '客家话'] };

// Real prefixes; 138 is left out on purpose so no random number can collide with the demo logins.
const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];
const EMAIL_WORDS = [
  'sunny',
  'ocean',
  'coconut',
  'maple',
  'river',
  'cloud',
  'lychee',
  'panda',
  'star',
  'breeze',
  'island',
  'harbor',
  'mango',
  'pine',
  'swallow',
  'kapok',
];
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

/** Age buckets [min, max, weight] for generated volunteers; volunteering skews young. */
const AGE_BUCKETS: Array<[number, number, number]> = [
  [16, 17, 8],
  [18, 24, 35],
  [25, 35, 25],
  [36, 50, 20],
  [51, 70, 12],
];

const DEMO_ACCOUNTS = [
  {
    key: 'admin',
    realName: '林海峰',
    sex: 'M',
    birth: '1983-05-12',
    seq: 35,
    phone: '13800000000',
    email: 'admin@aixin.example',
    skills: ['活动策划', '文案宣传'],
    role: 'PLATFORM_ADMIN',
  },
  {
    key: 'coordinator',
    realName: '王晓燕',
    sex: 'F',
    birth: '1994-09-03',
    seq: 62,
    phone: '13800000001',
    email: 'coordinator@aixin.example',
    skills: ['活动策划', '急救', '心理疏导'],
  },
  {
    key: 'volunteer',
    realName: '陈思远',
    sex: 'M',
    birth: '2001-11-20',
    seq: 17,
    phone: '13800000002',
    email: 'volunteer@aixin.example',
    skills: ['摄影', '英语'],
  },
] as const;

const GENERATED_VOLUNTEERS = { 龙华区: 130, 博罗县: 92 } as const;
/** Indexes (within the generated list) of the few children who registered with a guardian. */
const CHILD_SLOTS: ReadonlySet<number> = new Set([9, 70, 141, 190]);

const SEED = 0x41_58_49_4e; // "AXIN"
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Shift starts in China local hours; whole and half hours keep every timestamp on a half-hour.
const SHIFT_STARTS = [7.5, 8, 8.5, 9, 9.5, 14, 14.5, 15, 15.5];
const SHIFT_LENGTHS = [2, 2.5, 3, 3.5, 4];
const LATEST_SHIFT_END = 18.5;

// ---------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------

/** mulberry32: tiny, fast and good enough for picking demo data reproducibly. */
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

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `count` distinct items in random order (partial Fisher–Yates). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

/** Index of the China (UTC+8) calendar day that `instant` falls on. */
function chinaDay(instant: Date): number {
  return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

function chinaTime(day: number, hours: number): Date {
  return new Date(day * DAY_MS + hours * HOUR_MS - CHINA_OFFSET_MS);
}

function isoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** A birth date (UTC midnight) giving exactly `age` full years on `today`. */
function birthDateForAge(today: number, age: number, rng: Random): Date {
  const t = new Date(today * DAY_MS);
  const youngest = Date.UTC(t.getUTCFullYear() - age, t.getUTCMonth(), t.getUTCDate());
  // At least one day before the birthday so a 29 February "today" cannot roll forward a year.
  return new Date(youngest - rng.int(1, 360) * DAY_MS);
}

function weightedAge(rng: Random): number {
  const total = AGE_BUCKETS.reduce((sum, [, , w]) => sum + w, 0);
  let roll = rng.float() * total;
  for (const [min, max, weight] of AGE_BUCKETS) {
    if (roll < weight) return rng.int(min, max);
    roll -= weight;
  }
  return 30;
}

function buildOrganizations(): DemoOrganization[] {
  return ORGANIZATIONS.map(([key, name, slug, kind, area, parentKey, description]) => ({
    key,
    name,
    slug,
    kind,
    district: area.district,
    city: area.city,
    ...(parentKey ? { parentKey } : {}),
    description,
    status: PENDING_ORGS.has(key) ? 'PENDING' : 'APPROVED',
    ...(ORG_LOCATIONS.has(key) ? { lat: ORG_LOCATIONS.get(key)![0], lng: ORG_LOCATIONS.get(key)![1] } : {}),
  }));
}

function buildVolunteers(rng: Random, today: number): DemoVolunteer[] {
  const ids = new Set<string>();
  const phones = new Set<string>();
  const emails = new Set<string>();
  const names = new Set<string>();
  // Collisions step the sequence by 2 (same sex) instead of drawing again, so a clash on some
  // dates cannot shift the random stream and change every later volunteer.
  const uniqueId = (region: string, birthDate: Date, sequence: number, sex: 'M' | 'F'): string => {
    let seq = sequence;
    let id = generateResidentId(region, birthDate, seq, sex);
    while (ids.has(id)) {
      seq = (seq + 2) % 1000;
      id = generateResidentId(region, birthDate, seq, sex);
    }
    ids.add(id);
    return id;
  };

  const volunteers: DemoVolunteer[] = DEMO_ACCOUNTS.map((account) => {
    names.add(account.realName);
    phones.add(account.phone);
    emails.add(account.email);
    return {
      key: account.key,
      realName: account.realName,
      idNumber: uniqueId(LONGHUA.region, isoDate(account.birth), account.seq, account.sex),
      phone: account.phone,
      email: account.email,
      district: LONGHUA.district,
      skills: [...account.skills],
      ...('role' in account ? { role: account.role } : {}),
    };
  });

  const areas: Area[] = [
    ...Array<Area>(GENERATED_VOLUNTEERS[LONGHUA.district]).fill(LONGHUA),
    ...Array<Area>(GENERATED_VOLUNTEERS[BOLUO.district]).fill(BOLUO),
  ];
  areas.forEach((area, index) => {
    const sex = rng.chance(0.55) ? 'F' : 'M';
    let realName: string;
    do {
      const surname = rng.pick(Array.from(area === LONGHUA ? SURNAMES_LONGHUA : SURNAMES_BOLUO));
      const last = rng.pick(Array.from(sex === 'F' ? GIVEN_FEMALE : GIVEN_MALE));
      realName = rng.chance(0.75) ? surname + rng.pick(Array.from(GIVEN_FIRST)) + last : surname + last;
    } while (names.has(realName));
    names.add(realName);

    const age = CHILD_SLOTS.has(index) ? rng.int(12, 13) : weightedAge(rng);
    const birthDate = birthDateForAge(today, age, rng);
    const idNumber = uniqueId(area.region, birthDate, rng.int(0, 999), sex);

    let phone: string;
    do {
      phone = rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    } while (phones.has(phone));
    phones.add(phone);

    let email: string | undefined;
    if (age >= 16 && rng.chance(0.4)) {
      do {
        email = `${rng.pick(EMAIL_WORDS)}${rng.int(10, 9999)}@${rng.pick(EMAIL_DOMAINS)}`;
      } while (emails.has(email));
      emails.add(email);
    }

    const skillCount = rng.pick([0, 0, 0, 1, 1, 1, 1, 2, 2, 3]);
    const skills = rng.sample(
      SKILLS.filter((s) => !isForeignDialect(s, area)),
      skillCount,
    );

    volunteers.push({
      key: `vol-${String(index + 1).padStart(3, '0')}`,
      realName,
      idNumber,
      phone,
      ...(email ? { email } : {}),
      district: area.district,
      skills,
    });
  });
  return volunteers;
}

/** A 博罗 volunteer listing 海南话 (or the reverse) would look odd, so dialects stay local. */
function isForeignDialect(skill: string, area: Area): boolean {
  const dialects = [...LOCAL_SKILLS[LONGHUA.district], ...LOCAL_SKILLS[BOLUO.district]];
  return dialects.includes(skill) && !LOCAL_SKILLS[area.district].includes(skill);
}

function buildMemberships(rng: Random, organizations: DemoOrganization[], volunteers: DemoVolunteer[], adultKeys: ReadonlySet<string>): DemoMembership[] {
  const memberships: DemoMembership[] = [];
  const approved = organizations.filter((o) => o.status === 'APPROVED');
  // Demo logins get hand-placed roles; the platform admin stays outside every team.
  const pool = volunteers.filter((v) => !DEMO_ACCOUNTS.some((a) => a.key === v.key));

  for (const org of approved) {
    const local = rng.sample(
      pool.filter((v) => v.district === org.district),
      pool.length,
    );
    const adults = local.filter((v) => adultKeys.has(v.key));
    const [admin, ...coordinatorPool] = adults;
    const isYva = org.key === 'lh-yva';
    const coordinators = coordinatorPool.slice(0, rng.int(isYva ? 0 : 1, 2));
    const leaders = new Set([admin.key, ...coordinators.map((c) => c.key)]);
    const members = local.filter((v) => !leaders.has(v.key)).slice(0, isYva ? 38 : rng.int(5, 40));

    memberships.push({ organizationKey: org.key, volunteerKey: admin.key, role: 'ADMIN' });
    if (isYva) memberships.push({ organizationKey: org.key, volunteerKey: 'coordinator', role: 'COORDINATOR' });
    for (const c of coordinators) memberships.push({ organizationKey: org.key, volunteerKey: c.key, role: 'COORDINATOR' });
    if (isYva) memberships.push({ organizationKey: org.key, volunteerKey: 'volunteer', role: 'MEMBER' });
    for (const m of members) memberships.push({ organizationKey: org.key, volunteerKey: m.key, role: 'MEMBER' });
  }

  // Everyone who registered should see at least one team; join the smallest local one with room.
  const joined = new Set(memberships.map((m) => m.volunteerKey));
  const memberCount = (orgKey: string) => memberships.filter((m) => m.organizationKey === orgKey && m.role === 'MEMBER').length;
  for (const v of pool) {
    if (joined.has(v.key)) continue;
    const candidates = approved.filter((o) => o.district === v.district && memberCount(o.key) < 40).sort((a, b) => memberCount(a.key) - memberCount(b.key));
    const target = candidates[0];
    if (target) memberships.push({ organizationKey: target.key, volunteerKey: v.key, role: 'MEMBER' });
  }
  return memberships;
}

function projectDescription(activity: ActivityTemplate, place: Place, orgName: string): string {
  return [
    activity.intro,
    `**服务内容**\n${activity.tasks.map((t) => `- ${t}`).join('\n')}`,
    ...(activity.note ? [`**参加须知**：${activity.note}`] : []),
    `**集合地点**：${place.address}。本活动由${orgName}组织，请提前 15 分钟到场签到；活动结束后，组织方会在平台上为到场志愿者登记服务时长。`,
  ].join('\n\n');
}

function buildShifts(rng: Random, status: DemoProject['status'], today: number, forceFull: boolean): DemoShift[] {
  const count = status === 'DRAFT' || status === 'CANCELLED' ? rng.int(1, 2) : rng.int(1, 4);
  const [from, to] = status === 'PUBLISHED' ? [1, 45] : status === 'COMPLETED' ? [-60, -1] : status === 'DRAFT' ? [10, 45] : [3, 30];
  // Shifts of one project cluster within two weeks, like a real campaign.
  const first = rng.int(from, Math.max(from, to - 14));
  const days = rng.sample(
    Array.from({ length: Math.min(to, first + 14) - first + 1 }, (_, i) => first + i),
    count,
  );
  days.sort((a, b) => a - b);

  return days.map((offset, index) => {
    const start = rng.pick(SHIFT_STARTS);
    const length = rng.pick(SHIFT_LENGTHS.filter((l) => start + l <= LATEST_SHIFT_END));
    const capacity = 5 * rng.int(2, 12);
    let waitlist = rng.chance(0.8);
    let confirmedCount = 0;
    let waitlistCount = 0;
    if (status === 'PUBLISHED') {
      const roll = rng.float();
      if (forceFull && index === 0) {
        waitlist = true;
        confirmedCount = capacity;
        waitlistCount = rng.int(1, 8);
      } else if (roll < 0.06) {
        confirmedCount = capacity;
        waitlistCount = waitlist ? rng.int(0, 6) : 0;
      } else if (roll < 0.25) {
        confirmedCount = 0;
      } else {
        confirmedCount = rng.int(1, capacity - 1);
      }
    } else if (status === 'COMPLETED') {
      confirmedCount = rng.int(Math.ceil(capacity * 0.75), capacity);
    }
    return {
      startsAt: chinaTime(today + offset, start),
      endsAt: chinaTime(today + offset, start + length),
      capacity,
      waitlist,
      confirmedCount,
      waitlistCount,
    };
  });
}

/**
 * The marathon's race day is the demo's lottery: more volunteers want it than it has places.
 * Its window opened yesterday and closes in four days (the running server draws it then).
 * Built without the random stream, so every other project stays as it was.
 */
const LOTTERY_PROJECT = 'marathon-marathon';

function lotteryShift(today: number): DemoShift {
  return {
    startsAt: chinaTime(today + 12, 7),
    endsAt: chinaTime(today + 12, 11),
    capacity: 30,
    waitlist: true,
    confirmedCount: 0,
    waitlistCount: 0,
    allocation: 'LOTTERY',
    registrationOpensAt: chinaTime(today - 1, 9),
    registrationClosesAt: chinaTime(today + 4, 20),
    entrantCount: 42,
  };
}

function buildProjects(rng: Random, organizations: DemoOrganization[], today: number): DemoProject[] {
  const orgByKey = new Map(organizations.map((o) => [o.key, o]));
  const projects: DemoProject[] = [];
  for (const status of ['PUBLISHED', 'COMPLETED', 'DRAFT', 'CANCELLED'] as const) {
    PROJECTS[status].forEach(([activityKey, placeKey, organizationKey], index) => {
      const activity: ActivityTemplate = ACTIVITIES[activityKey];
      const place: Place = PLACES[placeKey];
      const org = orgByKey.get(organizationKey);
      if (!org || org.status !== 'APPROVED') throw new Error(`demo project needs an approved organisation: ${organizationKey}`);
      projects.push({
        key: `${activityKey}-${placeKey}`.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        organizationKey,
        title: activity.title(place.name),
        summary: activity.summary(place.name),
        description: projectDescription(activity, place, org.name),
        category: activity.category,
        district: place.area.district,
        address: place.address,
        lat: place.lat,
        lng: place.lng,
        status,
        // Every sixth published project opens with a full shift and a queue, to demo the waitlist.
        shifts: buildShifts(rng, status, today, status === 'PUBLISHED' && index % 6 === 1),
      });
    });
  }
  const marathon = projects.find((p) => p.key === LOTTERY_PROJECT);
  if (!marathon) throw new Error(`demo lottery project ${LOTTERY_PROJECT} is missing`);
  marathon.shifts = [...marathon.shifts, lotteryShift(today)].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return projects;
}

/**
 * The whole demo world for `now`. Everything except dates comes from a constant seed, so the
 * same names, IDs' sequence numbers and counts appear whatever day the seeder runs.
 */
export function buildDemoData(now: Date): DemoData {
  const rng = new Random(SEED);
  const today = chinaDay(now);
  const organizations = buildOrganizations();
  const volunteers = buildVolunteers(rng, today);

  const adultKeys = new Set(volunteers.filter((v) => ageOn(birthDateFromId(v.idNumber), now) >= 18).map((v) => v.key));
  const memberships = buildMemberships(rng, organizations, volunteers, adultKeys);
  const projects = buildProjects(rng, organizations, today);

  // The contact person of an approved team is its admin; pending ones name the applicant.
  for (const org of organizations) {
    const admin = memberships.find((m) => m.organizationKey === org.key && m.role === 'ADMIN');
    const contact = admin ? volunteers.find((v) => v.key === admin.volunteerKey) : undefined;
    const name = contact?.realName ?? PENDING_ORGS.get(org.key);
    if (name) org.contactName = name;
  }
  return { organizations, volunteers, memberships, projects };
}

function birthDateFromId(id: string): Date {
  return new Date(Date.UTC(Number(id.slice(6, 10)), Number(id.slice(10, 12)) - 1, Number(id.slice(12, 14))));
}
