// The geometry of the site's horizontal bar charts, shared by the build-time chart
// (components/BarChart.astro) and the staff's figures page (islands/AdminFigures.tsx), so both
// look alike: one bar per row, labelled on the left, with its value at the end.
export interface Bar {
  label: string;
  value: number;
  /** A bar's label may carry its own language (a Chinese place name on an English page). */
  lang?: string;
}

export interface BarLayout {
  /** A stable element ID from the chart's title. */
  id: string;
  label: number;
  width: number;
  height: number;
  rows: { bar: Bar; y: number; width: number }[];
}

export const BAR_WIDTH = 250;
const ROW = 40;

// 18px text: a Chinese character is about 18 units wide, a Latin letter about 10.
const textWidth = (label: string) => [...label].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 18 : 10), 0);

export function barLayout(title: string, bars: Bar[], unit = ''): BarLayout {
  const id = `chart-${Math.abs([...title].reduce((h, c) => (h * 31 + c.codePointAt(0)!) | 0, 7)).toString(36)}`;
  const max = Math.max(1, ...bars.map((b) => b.value));
  // The label column fits the longest label.
  const label = Math.min(320, Math.max(120, ...bars.map((b) => textWidth(b.label) + 20)));
  return {
    id,
    label,
    // Room after the longest bar for its value and unit.
    width: label + BAR_WIDTH + Math.max(70, ...bars.map((b) => textWidth(`${b.value}${unit}`) + 16)),
    height: bars.length * ROW + 8,
    rows: bars.map((bar, i) => ({ bar, y: i * ROW + 4, width: Math.max(4, Math.round((bar.value / max) * BAR_WIDTH)) })),
  };
}
