// The site's horizontal bar chart as inline SVG: one bar per row, labelled, with its value at the
// end. Drawn at build time by components/BarChart.astro (no script) and in the browser by the
// staff's figures page. The figures are also given in words for screen readers: as a list here
// (`listed`; a list rather than the SVG's <desc>, so each label can carry its own language), or
// in a table the page points to (`describedBy`).
import { BAR_WIDTH, barLayout, type Bar } from '../lib/bar-chart';
import '../components/bar-chart.css';

interface Props {
  title: string;
  bars: Bar[];
  unit?: string;
  listed?: boolean;
  describedBy?: string;
}

export function BarChartSvg({ title, bars, unit = '', listed = false, describedBy }: Props) {
  const { id, label, width, height, rows } = barLayout(title, bars, unit);
  return (
    <figure class="chart">
      <figcaption id={id}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={id}
        aria-describedby={listed ? `${id}-desc` : describedBy}
        preserveAspectRatio="xMinYMin meet"
      >
        {rows.map(({ bar: b, y, width: w }) => (
          <g key={b.label}>
            <text x={label - 10} y={y + 25} text-anchor="end" class="chart-label" lang={b.lang}>
              {b.label}
            </text>
            <rect x={label} y={y + 6} width={BAR_WIDTH} height="26" rx="6" class="chart-track" />
            <rect x={label} y={y + 6} width={w} height="26" rx="6" class="chart-bar" />
            <text x={label + w + 8} y={y + 25} class="chart-value">
              {b.value}
              {unit}
            </text>
          </g>
        ))}
      </svg>
      {listed && (
        <ul id={`${id}-desc`} class="visually-hidden">
          {bars.map((b) => (
            <li key={b.label}>
              <span lang={b.lang}>{b.label}</span> {b.value}
              {unit}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
