import { query } from '../client';
import { graphql } from '../gql';
import { formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
import { Loaded } from '../status';
import { useLoad } from '../use-load';

const WhatIf = graphql(`
  query DigitisationWhatIf($inquiryIds: [ID!]!) {
    digitisationWhatIf(inquiryIds: $inquiryIds) {
      serviceCount
      paperShareBefore
      paperShareAfter
      subServices {
        id
      }
      projects {
        id
        number
        name {
          fa
          en
        }
      }
      agencies {
        agency {
          id
          name {
            fa
            en
          }
        }
        paperShareBefore
        paperShareAfter
        servicesFreed
      }
    }
  }
`);

/** The what-if of the ticked moves, asked of the API whenever the ticks change. */
export function PlanWhatIf({ lang, inquiryIds }: { lang: Lang; inquiryIds: string[] }) {
  const load = useLoad(`what-if:${inquiryIds.join(',')}`, async () => {
    if (!inquiryIds.length) return { value: null, errors: [] };
    const answer = await query(WhatIf, { inquiryIds });
    return { value: answer.data.digitisationWhatIf, errors: answer.errors };
  });
  return (
    <section className="group" data-testid="what-if" aria-labelledby="what-if-title">
      <h3 id="what-if-title">{t(lang, 'whatIf')}</h3>
      <Loaded lang={lang} load={load}>
        {(result) =>
          result ? (
            <>
              <p>
                {t(lang, 'ticked')}: <strong data-testid="what-if-moves">{formatNumber(lang, inquiryIds.length)}</strong> · {t(lang, 'servicesFreed')}:{' '}
                <strong data-testid="what-if-services">{formatNumber(lang, result.serviceCount)}</strong> · {t(lang, 'subServicesFreed')}:{' '}
                {formatNumber(lang, result.subServices.length)} · {t(lang, 'paperShare')}: {formatPercent(lang, result.paperShareBefore)} →{' '}
                <strong data-testid="what-if-share">{formatPercent(lang, result.paperShareAfter)}</strong>
              </p>
              <p>
                {t(lang, 'affectedProjects')}:{' '}
                {result.projects.length ? result.projects.map((project) => `${formatNumber(lang, project.number)}. ${pick(lang, project.name) || t(lang, 'unnamed')}`).join(lang === 'fa' ? '، ' : ', ') : t(lang, 'none')}
              </p>
              <table>
                <thead>
                  <tr>
                    <th>{t(lang, 'agency')}</th>
                    <th className="numeric">{t(lang, 'servicesFreed')}</th>
                    <th className="numeric">{t(lang, 'paperShare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.agencies.slice(0, 10).map((row) => (
                    <tr key={row.agency.id}>
                      <td>{pick(lang, row.agency.name)}</td>
                      <td className="numeric">{formatNumber(lang, row.servicesFreed)}</td>
                      <td className="numeric">
                        {formatPercent(lang, row.paperShareBefore)} → {formatPercent(lang, row.paperShareAfter)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p data-testid="what-if-none">{t(lang, 'noneTicked')}</p>
          )
        }
      </Loaded>
    </section>
  );
}
