import { digits, formatPercent, t, type Lang } from '../i18n';
import { jalaliText } from '../dates';

const [WIDTH, HEIGHT, PAD] = [720, 260, 40];

export interface TrendPoint {
  period: string;
  periodJalali: string;
  paperShare: number;
  nixShare: number;
}

/** The paper and NIX shares over the periods, 0 to 100 %, as two lines; a point per period with its value on hover. */
export function TrendChart({ lang, points }: { lang: Lang; points: TrendPoint[] }) {
  const x = (index: number) => PAD + (points.length > 1 ? index / (points.length - 1) : 0.5) * (WIDTH - 2 * PAD);
  const y = (share: number) => HEIGHT - PAD - share * (HEIGHT - 2 * PAD);
  const line = (share: (point: TrendPoint) => number) => points.map((point, index) => `${x(index)},${y(share(point))}`).join(' ');
  const ticks = points.length ? [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])] : [];
  const series = [
    { key: 'paper', share: (point: TrendPoint) => point.paperShare, colour: '#d9480f', label: t(lang, 'paperShare') },
    { key: 'nix', share: (point: TrendPoint) => point.nixShare, colour: '#4c6ef5', label: t(lang, 'nixShare') },
  ];
  return (
    <figure className="network" data-testid="trend-chart">
      {/* Time runs left to right in both languages. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(lang, 'trendChart')} style={{ direction: 'ltr' }}>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#5f6b7a" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} stroke="#5f6b7a" />
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={PAD} y1={y(share)} x2={WIDTH - PAD} y2={y(share)} stroke="#d7dde4" strokeDasharray="3 3" />
            <text x={PAD - 6} y={y(share) + 4} textAnchor="end" fontSize="11">
              {formatPercent(lang, share)}
            </text>
          </g>
        ))}
        {ticks.map((index) => (
          <g key={index} data-testid="trend-tick">
            <text x={x(index)} y={HEIGHT - PAD + 16} textAnchor="middle" fontSize="11">
              {digits(lang, jalaliText(points[index].periodJalali))}
            </text>
            <text x={x(index)} y={HEIGHT - PAD + 30} textAnchor="middle" fontSize="10" fill="#5f6b7a">
              {points[index].period}
            </text>
          </g>
        ))}
        {series.map((item) => (
          <g key={item.key} data-series={item.key}>
            <polyline fill="none" stroke={item.colour} strokeWidth="2" points={line(item.share)} />
            {points.map((point, index) => (
              <circle key={point.period} data-testid={`trend-${item.key}-point`} data-period={point.period} cx={x(index)} cy={y(item.share(point))} r={points.length > 120 ? 1.5 : 3} fill={item.colour}>
                <title>{`${digits(lang, jalaliText(point.periodJalali))} (${point.period}): ${item.label} ${formatPercent(lang, item.share(point))}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="legend paper">━ {t(lang, 'paperShare')}</span> · <span className="legend electronic">━ {t(lang, 'nixShare')}</span> · {t(lang, 'trendChart')}
      </figcaption>
    </figure>
  );
}
