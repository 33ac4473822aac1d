import { query } from '../client';
import { graphql } from '../gql';
import { digits, formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
import type { Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';

const ProjectList = graphql(`
  query ProjectList {
    projects {
      id
      number
      name {
        fa
        en
      }
      status
      progress
      deadline
      deadlineJalali
      leadAgency {
        id
        name {
          fa
          en
        }
      }
      services {
        id
        inquiryCount
        paperInquiryCount
      }
    }
  }
`);

/** The Gregorian deadline written out in the page's language (in Persian with Persian digits and month names). */
function gregorian(lang: Lang, date: string): string {
  return new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-gregory' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function ProjectsView({ route }: { route: Route }) {
  const { lang } = route;
  const load = useLoad('projects', async () => {
    const answer = await query(ProjectList, {});
    return { value: answer.data.projects, errors: answer.errors };
  });
  return (
    <section>
      <h2>{t(lang, 'projects')}</h2>
      <Loaded lang={lang} load={load}>
        {(projects) => (
          <table data-testid="projects-table">
            <thead>
              <tr>
                <th className="numeric">{t(lang, 'number')}</th>
                <th>{t(lang, 'projectName')}</th>
                <th>{t(lang, 'leadAgency')}</th>
                <th>{t(lang, 'progress')}</th>
                <th>{t(lang, 'status')}</th>
                <th>{t(lang, 'deadline')}</th>
                <th className="numeric">{t(lang, 'servicesCount')}</th>
                <th className="numeric">{t(lang, 'inquiryTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => {
                const inquiries = project.services.reduce((sum, service) => sum + service.inquiryCount, 0);
                const paper = project.services.reduce((sum, service) => sum + service.paperInquiryCount, 0);
                return (
                  <tr key={project.id} data-number={project.number}>
                    <td className="numeric">{formatNumber(lang, project.number)}</td>
                    <td>{pick(lang, project.name) || t(lang, 'unnamed')}</td>
                    <td>{pick(lang, project.leadAgency.name)}</td>
                    <td>
                      <div className="progress" role="progressbar" aria-valuenow={project.progress} aria-valuemin={0} aria-valuemax={100}>
                        <div className={`bar status-${project.status.toLowerCase()}`} style={{ width: `${Math.min(100, project.progress)}%` }} />
                      </div>
                      <span className="muted">{formatPercent(lang, project.progress / 100)}</span>
                    </td>
                    <td>
                      <span className={`status status-${project.status.toLowerCase()}`}>{t(lang, project.status)}</span>
                    </td>
                    <td>
                      <span data-testid="jalali">{digits(lang, project.deadlineJalali.replace(/-/g, '/'))}</span>
                      <br />
                      <span className="muted" data-testid="gregorian">
                        {gregorian(lang, project.deadline)}
                      </span>
                    </td>
                    <td className="numeric">{formatNumber(lang, project.services.length)}</td>
                    <td className="numeric">
                      {formatNumber(lang, inquiries)}
                      <div className="muted">
                        {t(lang, 'paperTotal')}: {formatNumber(lang, paper)}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}
