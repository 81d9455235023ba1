// The demo's service requests (供需对接): needs on the public board in both demo districts, one
// awaiting triage, and one the demo team met and the requester rated. Contacts are made up and
// sealed like any personal data; no map points, so the service circle shows activities alone.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../common/ids.js';
import type { PersonalDataVault } from '../common/personal-data.js';
import { ServiceRequest, ServiceRequestCategory, ServiceRequestClaim, ServiceRequestStatus } from '../modules/service-request/service-request.entity.js';

const DAY = 86_400_000;

interface DemoRequest {
  title: string;
  description: string;
  category: ServiceRequestCategory;
  district: string;
  address: string;
  startsInDays: number;
  days: number;
  recurrence?: string;
  volunteersNeeded: number;
  status: ServiceRequestStatus;
  contact: [string, string];
}

const REQUESTS: DemoRequest[] = [
  {
    title: '独居老人每周陪伴聊天',
    description: '城西镇一位八十多岁的独居老人，子女在外地工作，希望每周有志愿者上门陪伴聊天、读报。',
    category: ServiceRequestCategory.ELDERLY,
    district: '龙华区',
    address: '海口市龙华区城西镇',
    startsInDays: 3,
    days: 60,
    recurrence: '每周六上午',
    volunteersNeeded: 2,
    status: ServiceRequestStatus.OPEN,
    contact: ['符阿姨', '13900000101'],
  },
  {
    title: '社区儿童暑期作业辅导',
    description: '社区有十多名留守儿童，需要志愿者在周末下午辅导作业、组织阅读。',
    category: ServiceRequestCategory.EDUCATION,
    district: '龙华区',
    address: '海口市龙华区金宇街道社区服务中心',
    startsInDays: 7,
    days: 45,
    recurrence: '每周日下午',
    volunteersNeeded: 6,
    status: ServiceRequestStatus.OPEN,
    contact: ['吴主任', '13900000102'],
  },
  {
    title: '河道沿岸垃圾清理',
    description: '罗阳街道沿江步道垃圾较多，希望组织一次清理，并向居民宣传垃圾分类。',
    category: ServiceRequestCategory.ENVIRONMENT,
    district: '博罗县',
    address: '惠州市博罗县罗阳街道沿江路',
    startsInDays: 10,
    days: 2,
    volunteersNeeded: 15,
    status: ServiceRequestStatus.OPEN,
    contact: ['黄先生', '13900000103'],
  },
  {
    title: '残障人士康复训练陪同',
    description: '两位行动不便的居民每周去康复中心训练，需要志愿者陪同往返。',
    category: ServiceRequestCategory.DISABILITY,
    district: '博罗县',
    address: '惠州市博罗县康复中心',
    startsInDays: 5,
    days: 30,
    recurrence: '每周二、四上午',
    volunteersNeeded: 2,
    status: ServiceRequestStatus.OPEN,
    contact: ['刘女士', '13900000104'],
  },
  {
    title: '小区防汛沙袋搬运',
    description: '台风季前需要把沙袋搬到地下车库入口。',
    category: ServiceRequestCategory.DISASTER,
    district: '龙华区',
    address: '海口市龙华区滨海大道某小区',
    startsInDays: 4,
    days: 1,
    volunteersNeeded: 8,
    status: ServiceRequestStatus.SUBMITTED,
    contact: ['陈师傅', '13900000105'],
  },
  {
    title: '敬老院重阳节文艺演出',
    description: '敬老院希望重阳节有志愿者来表演节目、陪老人聊天。',
    category: ServiceRequestCategory.ELDERLY,
    district: '龙华区',
    address: '海口市龙华区城西镇敬老院',
    startsInDays: -40,
    days: 1,
    volunteersNeeded: 10,
    status: ServiceRequestStatus.CONFIRMED,
    contact: ['敬老院办公室', '13900000106'],
  },
];

export async function seedDemoRequests(
  tx: EntityManager,
  vault: PersonalDataVault,
  { now, requesterId, claimingOrganizationId }: { now: Date; requesterId: string; claimingOrganizationId: string },
): Promise<void> {
  const rows = REQUESTS.map((r) => {
    const neededFrom = new Date(now.getTime() + r.startsInDays * DAY);
    const met = r.status === ServiceRequestStatus.CONFIRMED;
    return {
      id: newId('srq'),
      title: r.title,
      description: r.description,
      category: r.category,
      district: r.district,
      address: r.address,
      lat: null,
      lng: null,
      neededFrom,
      neededUntil: new Date(neededFrom.getTime() + r.days * DAY),
      recurrence: r.recurrence ?? null,
      volunteersNeeded: r.volunteersNeeded,
      volunteersClaimed: met ? r.volunteersNeeded : 0,
      status: r.status,
      contactNameEnc: vault.encrypt(r.contact[0]),
      contactPhoneEnc: vault.encrypt(r.contact[1]),
      requesterId,
      openedAt: r.status === ServiceRequestStatus.SUBMITTED ? null : new Date(now.getTime() - 2 * DAY),
      doneAt: met ? new Date(neededFrom.getTime() + DAY) : null,
      score: met ? 5 : null,
      feedbackComment: met ? '志愿者们准备得很用心，老人们很开心。' : null,
      confirmedAt: met ? new Date(neededFrom.getTime() + 2 * DAY) : null,
    };
  });
  await tx.insertMany(ServiceRequest, rows as never[]);
  const met = rows.filter((r) => r.status === ServiceRequestStatus.CONFIRMED);
  await tx.insertMany(
    ServiceRequestClaim,
    met.map((r) => ({ id: newId('src'), request: r.id, organization: claimingOrganizationId, volunteers: r.volunteersNeeded, project: null })) as never[],
  );
}
