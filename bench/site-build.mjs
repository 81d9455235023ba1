#!/usr/bin/env node
// The static site's build at scale: a scratch database with the demo data (the normal seed)
// plus 10,000 news articles, 2,000 activities with their shifts and 500 role models written in
// bulk SQL, the API serving it on a free port, and the site built against it the way the
// product builds it (site-builder's runAstroBuild: astro build, search index, staged output).
// Reports the total build time and where it went: fetching from the API (per collection, as
// the content loaders log it with AIXIN_BUILD_TIMINGS=1), rendering pages, the search index.
// Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/site-build.mjs [--news 10000] [--projects 2000] [--role-models 500] [--keep DIR] [--profile DIR]
// --keep leaves the built site in DIR; --profile writes a V8 CPU profile of the build to DIR.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { newId } from '../api/dist/src/common/ids.js';
import { seedDemoIfEmpty } from '../api/dist/src/seeders/demo.seeder.js';
import { startServer } from '../api/dist/src/server.js';
import { runAstroBuild } from '../api/dist/src/site-builder.js';
import { openScratch } from './lib/scratch.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const NEWS = Number(arg('news', 10_000));
const PROJECTS = Number(arg('projects', 2_000));
const ROLE_MODELS = Number(arg('role-models', 500));
const keep = arg('keep', null);
const profile = arg('profile', null);
const root = path.resolve(import.meta.dirname, '..');

// A seeded PRNG: every run writes the same content.
let seed = 20261123;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

const DISTRICTS = ['龙华区', '博罗县'];
const PLACES = {
  龙华区: ['万绿园', '金牛岭公园', '骑楼老街', '滨海大道', '龙昆南路', '玉沙社区', '城西镇', '龙桥镇', '金贸街道', '海垦街道'],
  博罗县: ['罗浮山', '罗阳街道', '石湾镇', '园洲镇', '龙溪街道', '博罗县图书馆', '东江河畔', '湖镇镇', '杨村镇', '观音阁镇'],
};
const ACTIVITIES = [
  ['生态环保', '义务植树活动', '植树'],
  ['生态环保', '净滩行动', '净滩'],
  ['文明交通', '文明交通劝导', '交通劝导'],
  ['社区服务', '环境卫生整治', '社区清洁'],
  ['社区服务', '垃圾分类宣传', '垃圾分类'],
  ['助老助残', '空巢老人探访', '敬老'],
  ['关爱儿童', '暑期陪伴课堂', '陪伴'],
  ['阅读推广', '公益书吧值班', '阅读'],
  ['医疗卫生', '健康义诊', '义诊'],
  ['应急救援', '应急救护培训', '救护'],
  ['赛会服务', '赛事补给站服务', '赛会'],
];
const TAGS = ['志愿动态', '通知公告', '榜样风采', '项目展示', '培训', '生态环保', '文明交通', '关爱儿童', '阅读推广', '应急救援'];
const COVERS = ['beach', 'children', 'community', 'elderly', 'honor', 'platform', 'reading', 'rescue', 'traffic', 'tree'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文';
const GIVEN = '伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海燕晓东雪梅婷佳宇浩然子涵欣怡俊峰';
const HONORS = ['十佳志愿者', '优秀志愿者', '五星志愿者', '最美志愿者', '优秀志愿服务组织者'];

const MS_DAY = 86_400_000;

function paragraph(place, what, org) {
  return pick([
    `当天上午，${org}的${int(20, 180)}名志愿者来到${place}，在工作人员的指导下分组开展${what}，活动持续到中午才结束。`,
    `“只要每个人都出一份力，${place}就会变得更好。”参加活动的志愿者说，这是他今年第${int(2, 12)}次参加${what}。`,
    `据统计，${place}片区今年已开展${what}${int(10, 60)}场次，参与志愿者${int(300, 3000)}余人次，累计服务时长${int(800, 9000)}小时。`,
    `活动结束后，志愿者们在平台上完成签到，服务时长由组织方在活动结束后统一登记，可在“我的”页面查看。`,
    `组织方表示，下一步将把${what}做成常态化项目，每月固定开展，欢迎更多市民通过平台报名参与。`,
  ]);
}

function newsRow(i, orgs, now) {
  const district = pick(DISTRICTS);
  const place = pick(PLACES[district]);
  const [, activity, short] = pick(ACTIVITIES);
  const org = pick(orgs);
  const title = `${place}${activity}：志愿者${pick(['走进', '守护', '服务', '助力'])}${pick(['社区', '街巷', '校园', '公园', '乡村'])}（第${i + 1}期）`;
  const body = [
    paragraph(place, short, org.name),
    paragraph(place, short, org.name),
    `## 活动亮点\n\n- **${short}**：志愿者分组协作，分工明确；\n- **安全**：活动前统一进行安全培训；\n- **记录**：服务时长在平台统一登记。`,
    paragraph(place, short, org.name),
    paragraph(place, short, org.name),
  ].join('\n\n');
  return {
    id: newId('nws', now - i * 60_000),
    slug: `bench-news-${String(i + 1).padStart(5, '0')}`,
    title: title.slice(0, 120),
    summary: `${org.name}在${place}开展${activity}，${int(20, 180)}名志愿者参与。`.slice(0, 300),
    body,
    tags: [...new Set([pick(TAGS), pick(TAGS), district])].slice(0, int(1, 3)),
    cover: `/images/cover-${pick(COVERS)}.svg`,
    organizationId: random() < 0.85 ? org.id : null,
    publishedAt: new Date(now - int(1, 3 * 365) * MS_DAY - int(0, 86_399) * 1000),
  };
}

async function fill(db, now) {
  const orgs = (await db.query(`select id, name, district from organization where status = 'APPROVED'`)).rows;
  const volunteers = (await db.query(`select id from volunteer order by id limit 200`)).rows.map((v) => v.id);

  const news = Array.from({ length: NEWS }, (_, i) => newsRow(i, orgs, now));
  for (let start = 0; start < news.length; start += 2000) {
    const rows = news.slice(start, start + 2000);
    await db.query(
      `insert into news_article (id, slug, title, summary, body, tags, cover_image_url, organization_id, status, published_at, created_at, updated_at)
       select id, slug, title, summary, body, string_to_array(tags, '|'), cover, org, 'PUBLISHED', published, published, published
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
           as t(id, slug, title, summary, body, tags, cover, org, published)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.slug),
        rows.map((r) => r.title),
        rows.map((r) => r.summary),
        rows.map((r) => r.body),
        rows.map((r) => r.tags.join('|')),
        rows.map((r) => r.cover),
        rows.map((r) => r.organizationId),
        rows.map((r) => r.publishedAt.toISOString()),
      ],
    );
  }

  const projects = [];
  const shifts = [];
  for (let i = 0; i < PROJECTS; i++) {
    const org = pick(orgs);
    const district = org.district ?? pick(DISTRICTS);
    const place = pick(PLACES[district] ?? PLACES['龙华区']);
    const [category, activity] = pick(ACTIVITIES);
    // About a third still to come (the monthly preview), the rest over the past two years.
    const first = now + (random() < 0.35 ? int(1, 60) : -int(1, 730)) * MS_DAY;
    const id = newId('prj', now - (PROJECTS - i) * 1000);
    const count = int(1, 4);
    let startsAt = Infinity;
    let endsAt = 0;
    for (let s = 0; s < count; s++) {
      const start = Math.floor((first + s * 7 * MS_DAY) / 1_800_000) * 1_800_000 + int(0, 8) * 1_800_000;
      const end = start + int(2, 6) * 1_800_000;
      const capacity = int(5, 80);
      startsAt = Math.min(startsAt, start);
      endsAt = Math.max(endsAt, end);
      shifts.push({ id: newId('sft', now - (PROJECTS - i) * 1000), projectId: id, start, end, capacity, confirmed: int(0, capacity) });
    }
    projects.push({
      id,
      orgId: org.id,
      category,
      district,
      title: `${place}${activity}`.slice(0, 120),
      summary: `${org.name}组织志愿者在${place}开展${activity}，欢迎报名参加。`.slice(0, 300),
      description: `## 活动内容\n\n${paragraph(place, activity, org.name)}\n\n## 报名须知\n\n- 请提前十分钟到达集合点；\n- 活动结束后由组织方登记服务时长。`,
      address: `${district}${place}`,
      startsAt,
      endsAt,
    });
  }
  for (let start = 0; start < projects.length; start += 1000) {
    const rows = projects.slice(start, start + 1000);
    await db.query(
      `insert into project (id, organization_id, title, summary, description, status, category, district, address, starts_at, ends_at, published_at)
       select id, org, title, summary, description, 'PUBLISHED', category, district, address, starts_at, ends_at, starts_at - interval '20 days'
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[])
           as t(id, org, title, summary, description, category, district, address, starts_at, ends_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.orgId),
        rows.map((r) => r.title),
        rows.map((r) => r.summary),
        rows.map((r) => r.description),
        rows.map((r) => r.category),
        rows.map((r) => r.district),
        rows.map((r) => r.address),
        rows.map((r) => new Date(r.startsAt).toISOString()),
        rows.map((r) => new Date(r.endsAt).toISOString()),
      ],
    );
  }
  for (let start = 0; start < shifts.length; start += 2000) {
    const rows = shifts.slice(start, start + 2000);
    await db.query(
      `insert into shift (id, project_id, starts_at, ends_at, capacity, confirmed_count)
       select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::int[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.projectId),
        rows.map((r) => new Date(r.start).toISOString()),
        rows.map((r) => new Date(r.end).toISOString()),
        rows.map((r) => r.capacity),
        rows.map((r) => r.confirmed),
      ],
    );
  }

  const models = Array.from({ length: ROLE_MODELS }, (_, i) => {
    const org = pick(orgs);
    const name = pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : '');
    return {
      id: newId('rlm', now - i * 60_000),
      name,
      honor: pick(HONORS),
      citation: `${name}自${int(2008, 2020)}年起参加志愿服务，累计服务时长${int(300, 3000)}小时。${paragraph(pick(PLACES[pick(DISTRICTS)]), pick(ACTIVITIES)[2], org.name)}`,
      year: int(2015, 2025),
      volunteerId: random() < 0.3 && volunteers.length ? pick(volunteers) : null,
      orgId: org.id,
      district: org.district,
      publishedAt: new Date(now - int(1, 3 * 365) * MS_DAY).toISOString(),
    };
  });
  await db.query(
    `insert into role_model (id, name, honor, citation, year, volunteer_id, organization_id, district, status, published_at)
     select id, name, honor, citation, year, vol, org, district, 'PUBLISHED', published
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
         as t(id, name, honor, citation, year, vol, org, district, published)`,
    [
      models.map((m) => m.id),
      models.map((m) => m.name),
      models.map((m) => m.honor),
      models.map((m) => m.citation),
      models.map((m) => m.year),
      models.map((m) => m.volunteerId),
      models.map((m) => m.orgId),
      models.map((m) => m.district),
      models.map((m) => m.publishedAt),
    ],
  );
  await db.query('analyze');
}

function countFiles(dir) {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = countFiles(full);
      files += sub.files;
      bytes += sub.bytes;
      html += sub.html;
    } else {
      files++;
      bytes += statSync(full).size;
      if (entry.name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

const { orm, vault, url, close } = await openScratch({ allowGlobalContext: true });
const outDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'aixin-bench-site-'));
let server;
try {
  const now = Date.now();
  await seedDemoIfEmpty(orm, vault, new Date(now));
  const t0 = performance.now();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await fill(db, now);
  } finally {
    await db.end();
  }
  console.log(
    `scratch data: demo seed + ${NEWS} news, ${PROJECTS} activities, ${ROLE_MODELS} role models written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  server = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
  const timings = [];
  const started = performance.now();
  await runAstroBuild({
    siteDir: path.join(root, 'site'),
    outDir,
    apiUrl: `${server.url}/graphql`,
    publicUrl: 'https://aixin.example',
    env: { AIXIN_BUILD_TIMINGS: '1' },
    nodeArgs: [
      ...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : []),
    ],
    onLine: (line) => {
      if (line.startsWith('[timing]')) timings.push(line.slice(9));
    },
  });
  const total = (performance.now() - started) / 1000;
  const out = countFiles(outDir);
  for (const line of timings) console.log(`  ${line}`);
  console.log(
    `site build: ${total.toFixed(1)} s total, ${out.html} HTML pages, ${out.files} files, ${(out.bytes / 2 ** 20).toFixed(0)} MiB (${os.cpus().length} cores)`,
  );
} finally {
  await server?.close();
  await close();
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}
