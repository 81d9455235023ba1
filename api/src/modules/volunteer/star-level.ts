// Star levels (星级志愿者) from approved service hours. The national default is
// 100/300/600/1000/1500 hours; provinces differ, so AIXIN_STAR_HOURS overrides it.
const DEFAULT_HOURS = [100, 300, 600, 1000, 1500];

function thresholdsFromEnv(): number[] {
  const raw = process.env.AIXIN_STAR_HOURS;
  if (!raw) return DEFAULT_HOURS;
  const hours = raw.split(',').map((s) => Number(s.trim()));
  const ascending = hours.every((h, i) => Number.isFinite(h) && h > 0 && (i === 0 || h > hours[i - 1]));
  if (hours.length !== 5 || !ascending) {
    throw new Error('AIXIN_STAR_HOURS must be five ascending hour counts, e.g. "100,300,600,1000,1500"');
  }
  return hours;
}

const thresholdMinutes = thresholdsFromEnv().map((h) => h * 60);

export function starLevelFor(totalMinutes: number): number {
  let level = 0;
  for (const min of thresholdMinutes) if (totalMinutes >= min) level++;
  return level;
}
