import { useEffect } from 'react';
import { t } from './i18n';
import { paramsOf, routeHash, useRoute, VIEWS } from './route';
import { ChangesView } from './views/changes';
import { HeavyView } from './views/heavy';
import { NetworkView } from './views/network';
import { PlanView } from './views/plan';
import { ProjectsView } from './views/projects';
import { ServiceView } from './views/service';
import { TrendView } from './views/trend';

export function App() {
  const [route, navigate] = useRoute();
  const { lang } = route;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
    document.title = t(lang, 'title');
  }, [lang]);
  const other = lang === 'fa' ? 'en' : 'fa';
  return (
    <>
      <header>
        <h1>{t(lang, 'title')}</h1>
        <nav aria-label="views">
          {VIEWS.map((view) => (
            <a key={view} href={routeHash(view, {}, lang)} aria-current={route.view === view ? 'page' : undefined} data-view={view}>
              {t(lang, view)}
            </a>
          ))}
          <a href="/graphql" className="graphiql">
            {t(lang, 'graphiql')}
          </a>
          <button type="button" data-testid="lang" lang={other} onClick={() => navigate(routeHash(route.view, { ...paramsOf(route), lang: other === 'en' ? 'en' : undefined }, other))}>
            {t(lang, 'switchLang')}
          </button>
        </nav>
      </header>
      <main>
        {route.view === 'heavy' && <HeavyView route={route} navigate={navigate} />}
        {route.view === 'service' && <ServiceView route={route} />}
        {route.view === 'network' && <NetworkView route={route} navigate={navigate} />}
        {route.view === 'projects' && <ProjectsView route={route} />}
        {route.view === 'plan' && <PlanView route={route} navigate={navigate} />}
        {route.view === 'changes' && <ChangesView route={route} navigate={navigate} />}
        {route.view === 'trend' && <TrendView route={route} navigate={navigate} />}
      </main>
    </>
  );
}
