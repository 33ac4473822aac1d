import { useCallback, useEffect, useState } from 'react';
import type { Lang } from './i18n';

/** The views, and the state each keeps in the URL's hash: #/heavy?min=20&sort=inquiryCount&dir=desc&page=2&lang=en */
export type View = 'heavy' | 'service' | 'network' | 'projects' | 'plan' | 'changes' | 'trend';
export const VIEWS: View[] = ['heavy', 'service', 'network', 'projects', 'plan', 'changes', 'trend'];

export interface Route {
  view: View;
  params: URLSearchParams;
  lang: Lang;
}

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const view = (VIEWS as string[]).includes(path) ? (path as View) : 'heavy';
  return { view, params, lang: params.get('lang') === 'en' ? 'en' : 'fa' };
}

/** The hash for a view and its parameters; the language is kept unless `params` sets it. */
export function routeHash(view: View, params: Record<string, string | number | undefined>, lang: Lang): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  if (lang === 'en' && !search.has('lang')) search.set('lang', 'en');
  const query = search.toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

export function useRoute(): [Route, (hash: string, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((hash: string, replace = false) => {
    if (replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRoute(parseRoute(hash));
  }, []);
  return [route, navigate];
}

/** Every parameter of the current route as a plain object, to change one and keep the rest. */
export function paramsOf(route: Route): Record<string, string> {
  return Object.fromEntries(route.params.entries());
}
