import { query } from '../client';
import { downloadCsv } from '../csv';
import { graphql } from '../gql';
import type { ServiceDetailQuery } from '../gql/graphql';
import { formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
import { routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';

const ServiceDetail = graphql(`
  query ServiceDetail($id: ID!, $maxDepth: Int) {
    service(id: $id) {
      id
      code
      name {
        fa
        en
      }
      inquiryCount
      paperInquiryCount
      agency {
        id
        name {
          fa
          en
        }
      }
      project {
        id
        number
        name {
          fa
          en
        }
        status
        progress
      }
      inquiries {
        id
        code
        name {
          fa
          en
        }
        channel
        provider {
          id
          name {
            fa
            en
          }
        }
      }
      dependencyChain(maxDepth: $maxDepth) {
        depth
        cycle
        path
        inquiry {
          id
          code
          name {
            fa
            en
          }
          channel
        }
        provider {
          id
          name {
            fa
            en
          }
        }
      }
    }
  }
`);

type Service = NonNullable<ServiceDetailQuery['service']>;
type Inquiry = Service['inquiries'][number];
type Step = Service['dependencyChain'][number];
const CHANNELS = ['NIX', 'DIRECT', 'PAPER'] as const;

/** The service's inquiries under their provider agency, then by channel; agencies with most inquiries first. */
function byProvider(inquiries: Inquiry[]) {
  const groups = new Map<string, { provider: Inquiry['provider']; inquiries: Inquiry[] }>();
  for (const inquiry of inquiries) {
    const group = groups.get(inquiry.provider.id) ?? { provider: inquiry.provider, inquiries: [] };
    group.inquiries.push(inquiry);
    groups.set(inquiry.provider.id, group);
  }
  return [...groups.values()].sort((a, b) => b.inquiries.length - a.inquiries.length);
}

/** The chain as rows (depth 1: the service's own inquiries), the path as inquiry codes. */
function csvOf(service: Service, lang: Lang): void {
  const codes = new Map(service.dependencyChain.map((step) => [step.inquiry.id, step.inquiry.code]));
  const header = [t(lang, 'depth'), t(lang, 'code'), `${t(lang, 'inquiry')} (fa)`, `${t(lang, 'inquiry')} (en)`, `${t(lang, 'provider')} (fa)`, 'channel', 'cycle', 'path'];
  const rows = service.dependencyChain.map((step) => [
    step.depth,
    step.inquiry.code,
    step.inquiry.name.fa,
    step.inquiry.name.en ?? '',
    step.provider.name.fa,
    step.inquiry.channel,
    String(step.cycle),
    step.path.map((id) => codes.get(id) ?? id).join(' > '),
  ]);
  downloadCsv(`dependency-chain-${service.code}.csv`, header, rows);
}

function ChannelBadge({ lang, channel }: { lang: Lang; channel: Inquiry['channel'] }) {
  return <span className={`channel channel-${channel.toLowerCase()}`}>{t(lang, channel)}</span>;
}

/** The chain as a tree: each step hangs under the inquiry before it on its path (each inquiry appears once). */
function ChainTree({ lang, steps }: { lang: Lang; steps: Step[] }) {
  const known = new Set(steps.map((step) => step.inquiry.id));
  const children = new Map<string | null, Step[]>();
  for (const step of steps) {
    const parent = step.path.length > 1 && known.has(step.path[step.path.length - 2]) ? step.path[step.path.length - 2] : null;
    children.set(parent, [...(children.get(parent) ?? []), step]);
  }
  const render = (parent: string | null) => {
    const list = children.get(parent);
    if (!list?.length) return null;
    return (
      <ul className="tree">
        {list.map((step) => (
          <li key={step.inquiry.id} data-depth={step.depth}>
            <span className="depth" title={t(lang, 'depth')}>
              {formatNumber(lang, step.depth)}
            </span>{' '}
            {pick(lang, step.inquiry.name)} <span className="muted">← {pick(lang, step.provider.name)}</span> <ChannelBadge lang={lang} channel={step.inquiry.channel} />
            {step.cycle ? <span className="cycle"> ⟲ {t(lang, 'cycle')}</span> : null}
            {render(step.inquiry.id)}
          </li>
        ))}
      </ul>
    );
  };
  return <div data-testid="chain">{render(null) ?? <p>{t(lang, 'none')}</p>}</div>;
}

export function ServiceView({ route }: { route: Route }) {
  const { lang } = route;
  const id = route.params.get('id');
  const load = useLoad(`service:${id}`, async () => {
    if (!id) return { value: null, errors: [] };
    const answer = await query(ServiceDetail, { id, maxDepth: 5 });
    return { value: answer.data.service ?? undefined, errors: answer.errors };
  });
  if (!id)
    return (
      <section>
        <h2>{t(lang, 'service')}</h2>
        <p>
          <a href={routeHash('heavy', {}, lang)}>{t(lang, 'chooseService')}</a>
        </p>
      </section>
    );
  return (
    <section>
      <Loaded lang={lang} load={load}>
        {(service) =>
          !service ? (
            <p>{t(lang, 'notFound')}</p>
          ) : (
            <>
              <h2 data-testid="service-name">{pick(lang, service.name)}</h2>
              <p className="muted">
                {service.code} · {pick(lang, service.agency.name)} · {t(lang, 'inquiryCount')}: {formatNumber(lang, service.inquiryCount)} · {t(lang, 'paperInquiries')}:{' '}
                {formatNumber(lang, service.paperInquiryCount)}
              </p>
              <p data-testid="service-project">
                {t(lang, 'ownedBy')}:{' '}
                {service.project ? (
                  <a href={routeHash('projects', {}, lang)}>
                    {formatNumber(lang, service.project.number)}. {pick(lang, service.project.name) || t(lang, 'unnamed')} ({t(lang, service.project.status)},{' '}
                    {formatPercent(lang, service.project.progress / 100)})
                  </a>
                ) : (
                  t(lang, 'none')
                )}
              </p>
              <h3>{t(lang, 'inquiriesByProvider')}</h3>
              <div className="groups" data-testid="provider-groups">
                {byProvider(service.inquiries).map((group) => (
                  <div className="group" key={group.provider.id}>
                    <h4>
                      {pick(lang, group.provider.name)} ({formatNumber(lang, group.inquiries.length)})
                    </h4>
                    {CHANNELS.map((channel) => {
                      const list = group.inquiries.filter((inquiry) => inquiry.channel === channel);
                      return list.length ? (
                        <div key={channel} className="channel-row">
                          <ChannelBadge lang={lang} channel={channel} />
                          <ul>
                            {list.map((inquiry) => (
                              <li key={inquiry.id}>{pick(lang, inquiry.name)}</li>
                            ))}
                          </ul>
                        </div>
                      ) : null;
                    })}
                  </div>
                ))}
              </div>
              <h3>
                {t(lang, 'dependencyChain')}{' '}
                <button type="button" data-testid="csv" disabled={!service.dependencyChain.length} onClick={() => csvOf(service, lang)}>
                  {t(lang, 'downloadChainCsv')}
                </button>
              </h3>
              <ChainTree lang={lang} steps={service.dependencyChain} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}
