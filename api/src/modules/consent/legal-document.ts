// The user agreement and the privacy policy a volunteer consents to (China's Personal
// Information Protection Law, arts. 13–17): each has a version; changing a text means a new
// version, and everyone who consented to an older one is asked again (Volunteer.pendingConsents).
// `{operator}` and `{contact}` are filled from the site's settings (config.site).
import { registerEnumType } from 'type-graphql';

export enum LegalDocumentKind {
  TERMS = 'TERMS',
  PRIVACY = 'PRIVACY',
}

registerEnumType(LegalDocumentKind, {
  name: 'LegalDocumentKind',
  description: 'TERMS: the user agreement (用户协议); PRIVACY: the privacy policy (隐私政策)',
});

export interface LegalText {
  title: string;
  /** Sections: a heading and its paragraphs. */
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

export interface LegalDocumentVersion {
  kind: LegalDocumentKind;
  /** The date the text took effect (YYYY-MM-DD), its version. */
  version: string;
  zh: LegalText;
  en: LegalText;
}

const TERMS: LegalDocumentVersion = {
  kind: LegalDocumentKind.TERMS,
  version: '2026-12-04',
  zh: {
    title: '用户协议',
    sections: [
      {
        heading: '一、协议双方与适用范围',
        paragraphs: [
          '本协议由您与本平台运营方{operator}订立，适用于您注册和使用本平台（网站、接口及合作方应用）参加志愿服务的全部活动。',
          '注册即表示您已阅读并同意本协议和《隐私政策》。未满十四周岁的，应由监护人阅读并同意。',
        ],
      },
      {
        heading: '二、实名注册',
        paragraphs: [
          '根据《志愿服务条例》，志愿者应以真实身份注册。您应提供本人真实的姓名、居民身份证号码和手机号码，并保证信息准确；信息有误的，可以在“我的账户”中更正或联系平台。',
          '每个身份证号码只能注册一个账户。账户仅供本人使用，您应妥善保管密码；发现账户被他人使用的，请立即修改密码并联系平台。',
        ],
      },
      {
        heading: '三、参加活动与服务时长',
        paragraphs: [
          '报名成功后请按时参加；不能参加的，请在活动开始前取消报名，把名额留给其他志愿者。多次报名后不到的，组织方可以不再接受您的报名。',
          '服务时长由活动组织方指定的协调员在活动结束后如实记录。您对记录有异议的，可以在线申请更正；平台出具的服务证明以记录为准，可公开核验。',
          '志愿服务不以获取报酬为目的。活动中请遵守组织方的安排和安全要求。',
        ],
      },
      {
        heading: '四、组织与合作方',
        paragraphs: ['志愿服务组织和合作部门通过本平台发布活动、管理成员和记录时长，应遵守本协议，并对其发布的内容和记录的真实性负责。'],
      },
      {
        heading: '五、禁止行为',
        paragraphs: [
          '不得冒用他人身份注册，不得虚报、代签服务时长，不得以技术手段抢占名额或干扰平台运行，不得发布违法或侵害他人权益的内容。违反的，平台可以撤销相关记录、限制或注销账户。',
        ],
      },
      {
        heading: '六、注销与协议变更',
        paragraphs: [
          '您可以随时在“我的账户”中注销账户。注销后个人信息即被删除，已记录的服务时长以匿名方式保留，以保证组织统计和已出具证明的真实。',
          '本协议更新时，平台会在您下次登录时请您阅读并同意新版本。对本协议有疑问，请联系{contact}。',
        ],
      },
    ],
  },
  en: {
    title: 'User agreement',
    sections: [
      {
        heading: '1. Parties and scope',
        paragraphs: [
          'This agreement is between you and the operator of this platform, {operator}. It covers registering with the platform (its website, its API and partner apps) and taking part in volunteer service through it.',
          'By registering you confirm that you have read and accept this agreement and the privacy policy. A volunteer under 14 needs a guardian to read and accept them.',
        ],
      },
      {
        heading: '2. Real-name registration',
        paragraphs: [
          'Under the Regulations on Volunteer Service, volunteers register under their real identity: your own name, resident ID number and mobile number, kept accurate. Wrong details can be corrected under My account or by contacting the platform.',
          'One ID number registers one account. The account is yours alone: keep its password safe, and change it and contact us at once if someone else has used it.',
        ],
      },
      {
        heading: '3. Activities and service hours',
        paragraphs: [
          'Once signed up, please come on time; if you cannot, cancel before the activity starts so that someone else can take the place. Organisers may stop accepting sign-ups from volunteers who repeatedly do not come.',
          "Service time is recorded truthfully after each activity by a coordinator the organiser designated. If you disagree with a record you can ask for a correction online. The platform's certificates follow the records and can be verified by anyone.",
          "Volunteer service is unpaid. Follow the organiser's arrangements and safety instructions during activities.",
        ],
      },
      {
        heading: '4. Organisations and partners',
        paragraphs: [
          'Volunteer organisations and partner departments publish activities, manage members and record hours through the platform under this agreement, and answer for what they publish and record.',
        ],
      },
      {
        heading: '5. What is not allowed',
        paragraphs: [
          "Registering under someone else's identity, claiming or signing for hours not served, grabbing places by technical means or disrupting the platform, and publishing unlawful content or content that harms others. The platform may then cancel the records concerned and restrict or close the account.",
        ],
      },
      {
        heading: '6. Closing your account; changes',
        paragraphs: [
          "You can close your account at any time under My account. Your personal information is then deleted; the service hours already recorded stay, anonymised, so that organisations' figures and certificates already issued remain true.",
          'When this agreement changes, you are asked to read and accept the new version the next time you sign in. Questions: {contact}.',
        ],
      },
    ],
  },
};

const PRIVACY: LegalDocumentVersion = {
  kind: LegalDocumentKind.PRIVACY,
  version: '2026-12-04',
  zh: {
    title: '隐私政策',
    sections: [
      {
        heading: '一、个人信息处理者',
        paragraphs: ['本平台的个人信息处理者为{operator}。您可以通过{contact}联系我们行使您的权利或提出投诉。'],
      },
      {
        heading: '二、我们收集的信息及目的',
        paragraphs: [
          '实名注册所必需：姓名、居民身份证号码（含出生日期，用于核验身份和未成年人保护）、手机号码（用于登录和活动通知）。未满十四周岁的，还需监护人的姓名和手机号码。',
          '您自愿提供：电子邮箱、所在区县、技能特长、紧急联系人，用于登录、匹配活动和活动中的安全保障。',
          '参加志愿服务产生：报名、签到、服务时长记录和服务证明。',
          '其中身份证号码、手机号码、姓名等属于敏感或重要个人信息，我们仅为实名注册、记录服务和出具证明的目的处理。',
        ],
      },
      {
        heading: '三、保存与保护',
        paragraphs: [
          '身份证号码、手机号码、姓名、监护人和紧急联系人信息以加密形式保存在中华人民共和国境内的服务器上，页面和接口中只显示其遮蔽形式（如 138****0002），日志中不记录。',
          '个人信息在您注销账户时删除；服务时长记录依法匿名保留。',
        ],
      },
      {
        heading: '四、共享与公开',
        paragraphs: [
          '您加入的志愿服务组织的管理员和协调员可以看到您的姓名，以组织活动和记录时长；活动组织方可以看到报名者名单。',
          '公开页面只显示您的志愿者编号和遮蔽后的姓名（如 张*明）。我们不出售个人信息，也不向其他第三方提供，法律法规另有规定的除外。',
        ],
      },
      {
        heading: '五、您的权利',
        paragraphs: ['您可以在“我的账户”中查阅和更正您的信息、修改密码、撤回对本政策的同意并注销账户；对服务记录有异议的，可以申请更正。'],
      },
      {
        heading: '六、政策更新',
        paragraphs: ['本政策更新时，我们会在您下次登录时请您阅读并同意新版本。'],
      },
    ],
  },
  en: {
    title: 'Privacy policy',
    sections: [
      {
        heading: '1. Who handles your personal information',
        paragraphs: ['{operator} handles your personal information on this platform. Contact us at {contact} to exercise your rights or to complain.'],
      },
      {
        heading: '2. What we collect and why',
        paragraphs: [
          "Needed for real-name registration: your name, resident ID number (with your date of birth, to verify your identity and protect minors) and mobile number (to sign in and for activity notices). Under 14, also a guardian's name and mobile number.",
          'Given by choice: email, district, skills and an emergency contact, to sign in, to match activities and for safety during activities.',
          'Made as you serve: sign-ups, check-ins, service-hour records and certificates.',
          'ID number, mobile number and name are sensitive or important personal information: we process them only to register you under your real name, record your service and issue certificates.',
        ],
      },
      {
        heading: '3. Storage and protection',
        paragraphs: [
          "ID numbers, mobile numbers, names, guardians' and emergency contacts' details are stored encrypted on servers in the People's Republic of China; pages and the API show them masked only (e.g. 138****0002), and they are never logged.",
          'Your personal information is deleted when you close your account; service-hour records stay, anonymised, as the law requires.',
        ],
      },
      {
        heading: '4. Sharing and publication',
        paragraphs: [
          "Admins and coordinators of the organisations you join see your name, to run activities and record hours; an activity's organiser sees who signed up.",
          'Public pages show only your volunteer number and your masked name (e.g. 张*明). We do not sell personal information or give it to other third parties, except where the law requires.',
        ],
      },
      {
        heading: '5. Your rights',
        paragraphs: [
          'Under My account you can see and correct your information, change your password, withdraw your consent to this policy by closing your account, and ask for corrections of service records.',
        ],
      },
      {
        heading: '6. Changes',
        paragraphs: ['When this policy changes, you are asked to read and accept the new version the next time you sign in.'],
      },
    ],
  },
};

/** The versions in force now, one per kind. */
export const CURRENT_LEGAL_DOCUMENTS: readonly LegalDocumentVersion[] = [TERMS, PRIVACY];
