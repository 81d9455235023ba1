// Star levels (星级志愿者) from approved service hours. The national default is
// 100/300/600/1000/1500 hours; provinces differ, so the thresholds are a setting (AIXIN_STAR_HOURS).
import { DEFAULT_STAR_HOURS } from '../../common/settings.js';

export function starLevelFor(totalMinutes: number, hours: number[] = DEFAULT_STAR_HOURS): number {
  let level = 0;
  for (const h of hours) if (totalMinutes >= h * 60) level++;
  return level;
}
