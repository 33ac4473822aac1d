import { formatNumber, t, type Lang } from '../i18n';

const [WIDTH, HEIGHT, PAD] = [640, 220, 36];

/** Services freed (running total) against moves: a step line, one point per move, ticked-off moves hollow. */
export function PlanChart({ lang, totals, ticked }: { lang: Lang; totals: number[]; ticked: boolean[] }) {
  const most = Math.max(1, ...totals);
  const x = (move: number) => PAD + (move / Math.max(1, totals.length)) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - (value / most) * (HEIGHT - 2 * PAD);
  const points = [[x(0), y(0)], ...totals.map((value, index) => [x(index + 1), y(value)])];
  return (
    <figure className="network" data-testid="plan-chart">
      {/* Numbers run left to right in both languages. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(lang, 'planChart')} style={{ direction: 'ltr' }}>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#5f6b7a" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} stroke="#5f6b7a" />
        <text x={PAD - 6} y={y(most) + 4} textAnchor="end" fontSize="11">
          {formatNumber(lang, most)}
        </text>
        <text x={PAD - 6} y={HEIGHT - PAD + 4} textAnchor="end" fontSize="11">
          {formatNumber(lang, 0)}
        </text>
        <text x={WIDTH / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12">
          {t(lang, 'moves')}
        </text>
        <polyline fill="none" stroke="#0b6e6e" strokeWidth="2" points={points.map(([px, py]) => `${px},${py}`).join(' ')} />
        {totals.map((value, index) => (
          <circle key={index} data-testid="plan-point" cx={x(index + 1)} cy={y(value)} r="4" fill={ticked[index] ? '#0b6e6e' : 'white'} stroke="#0b6e6e">
            <title>{`${formatNumber(lang, index + 1)}: ${formatNumber(lang, value)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">{t(lang, 'planChart')}</figcaption>
    </figure>
  );
}
