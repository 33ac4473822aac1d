import { query } from '../client';
import { downloadCsv } from '../csv';
import { Dated } from '../dates';
import { graphql } from '../gql';
import type { ProjectListQuery } from '../gql/graphql';
import { formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
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

type Project = ProjectListQuery['projects'][number];

const sum = (project: Project, count: (service: Project['services'][number]) => number) => project.services.reduce((total, service) => total + count(service), 0);

function csvOf(projects: Project[], lang: Lang): void {
  const header = [t(lang, 'number'), `${t(lang, 'projectName')} (fa)`, `${t(lang, 'projectName')} (en)`, `${t(lang, 'leadAgency')} (fa)`, 'status', 'progress', 'deadline (ISO)', 'deadline (Jalali)', 'services', 'inquiries', 'paper inquiries'];
  const rows = projects.map((project) => [
    project.number,
    project.name?.fa ?? '',
    project.name?.en ?? '',
    project.leadAgency.name.fa,
    project.status,
    project.progress,
    project.deadline,
    project.deadlineJalali,
    project.services.length,
    sum(project, (service) => service.inquiryCount),
    sum(project, (service) => service.paperInquiryCount),
  ]);
  downloadCsv('priority-projects.csv', header, rows);
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
          <>
            <p className="summary">
              <button type="button" data-testid="csv" disabled={!projects.length} onClick={() => csvOf(projects, lang)}>
                {t(lang, 'downloadProjectsCsv')}
              </button>
            </p>
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
                  const inquiries = sum(project, (service) => service.inquiryCount);
                  const paper = sum(project, (service) => service.paperInquiryCount);
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
                        <Dated lang={lang} iso={project.deadline} jalali={project.deadlineJalali} />
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
          </>
        )}
      </Loaded>
    </section>
  );
}
