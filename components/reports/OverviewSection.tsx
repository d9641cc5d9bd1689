import { safeLink } from '@/utils/highlight';
import type { Count, Overview } from '@/utils/moderation/overview';
import { PLATFORM_NAMES, type Platform } from '@/utils/post';
import { kindLabelKey } from '../flag-labels';
import { useT } from '../i18n-context';
import type { ReportCategory } from '@/utils/storage/report';

const BAR_HEIGHT = 18;
const CHART_WIDTH = 320;

/** A horizontal bar a count, with its number written beside it: moderators would rather look than read. */
function Bars({ id, title, counts, label }: { id: string; title: string; counts: Count[]; label(c: Count): string }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <figure id={id} class="chart">
      <figcaption>{title}</figcaption>
      <svg width={CHART_WIDTH + 160} height={counts.length * (BAR_HEIGHT + 4)} role="img" aria-label={`${title}: ${counts.map((c) => `${label(c)} ${c.count}`).join(', ')}`}>
        {counts.map((c, i) => (
          <g key={c.key} transform={`translate(0 ${i * (BAR_HEIGHT + 4)})`} data-key={c.key} data-count={c.count}>
            <text x="0" y={BAR_HEIGHT - 5} font-size="12">
              {label(c)}
            </text>
            <rect x="120" width={Math.max(2, (c.count / max) * CHART_WIDTH)} height={BAR_HEIGHT} rx="3" />
            <text x={126 + (c.count / max) * CHART_WIDTH} y={BAR_HEIGHT - 5} font-size="12">
              {c.count}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function OverviewSection({ overview }: { overview: Overview }) {
  const t = useT();
  return (
    <section id="overview" aria-label={t('reports_overview')}>
      <h2>{t('reports_overview')}</h2>
      <div class="charts">
        <Bars id="chart-days" title={t('reports_by_day')} counts={overview.byDay.slice(-14)} label={(c) => c.key.slice(5)} />
        <Bars id="chart-kinds" title={t('reports_by_kind')} counts={overview.byCategory} label={(c) => t(kindLabelKey(c.key as ReportCategory))} />
        <Bars id="chart-platforms" title={t('reports_by_platform')} counts={overview.byPlatform} label={(c) => PLATFORM_NAMES[c.key as Platform] ?? c.key} />
      </div>
      <div class="tops">
        <section id="top-hoaxes">
          <h3>{t('reports_top_hoaxes')}</h3>
          <ol>
            {overview.topHoaxes.map((h) => {
              const link = safeLink(h.url);
              return (
                <li key={h.key}>
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {h.label}
                    </a>
                  ) : (
                    h.label
                  )}{' '}
                  · {h.count}
                </li>
              );
            })}
          </ol>
        </section>
        <section id="top-authors">
          <h3>{t('reports_top_authors')}</h3>
          <ol>
            {overview.topAuthors.map((a) => (
              <li key={a.key}>
                {a.label} · {a.count}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </section>
  );
}
