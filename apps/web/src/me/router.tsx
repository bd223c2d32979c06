/**
 * The participant space's own router, a few hundred bytes instead of react-router's 27 KB on a
 * weak mobile connection. The participant build (vite.moi.config.ts) resolves `react-router` to
 * this module, so the /moi screens keep their imports; it implements the part of react-router's
 * API they use (links, navigation, params, search params, location state, matches' handles,
 * lazy routes), and a screen importing anything else fails that build.
 */
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

interface RouteBase {
  path?: string;
  element?: ReactNode;
  lazy?: () => Promise<{ element?: ReactNode }>;
  handle?: unknown;
}

/** Like react-router's: an index route has no children. */
export type RouteObject =
  | (RouteBase & { index: true; children?: undefined })
  | (RouteBase & { index?: false; children?: RouteObject[] });

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

interface Match {
  route: RouteObject;
  params: Record<string, string>;
  pathname: string;
  handle: unknown;
}

const listeners = new Set<() => void>();
const readLocation = (): Location => {
  const entry = window.history.state as { usr?: unknown; key?: string } | null;
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
};
let current = readLocation();
let currentHref = window.location.href;
let currentEntry: unknown = window.history.state;
/** The location, read again whenever the address or the history entry changed, by us or not. */
const snapshot = (): Location => {
  if (window.location.href !== currentHref || window.history.state !== currentEntry) {
    current = readLocation();
    currentHref = window.location.href;
    currentEntry = window.history.state;
  }
  return current;
};
const changed = () => {
  snapshot();
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  if (listeners.size === 0) window.addEventListener('popstate', changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', changed);
  };
};

function go(to: string | number, options: NavigateOptions = {}): void {
  if (typeof to === 'number') {
    window.history.go(to);
    return;
  }
  const entry = { usr: options.state ?? null, key: Math.random().toString(36).slice(2, 10) };
  if (options.replace === true) window.history.replaceState(entry, '', to);
  else window.history.pushState(entry, '', to);
  changed();
  if (options.replace !== true) window.scrollTo(0, 0);
}

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** `seances/:sessionId` against `seances/42` → `{ sessionId: '42' }`; undefined when it does not fit. */
function fit(pattern: string, path: string, prefix: boolean) {
  const want = trim(pattern).split('/').filter(Boolean);
  const have = trim(path).split('/').filter(Boolean);
  if (have.length < want.length || (!prefix && have.length !== want.length)) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = have[i] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(value);
    else if (segment !== value) return undefined;
  }
  return { params, rest: have.slice(want.length).join('/') };
}

/** The chain of routes (layout first) that an address reaches, like react-router's matchRoutes. */
export function matchRoutes(routes: RouteObject[], path: string, base = ''): Match[] | undefined {
  for (const route of routes) {
    const pattern = route.index === true ? '' : (route.path ?? '');
    const found = fit(pattern, path, route.children !== undefined);
    if (found === undefined) continue;
    const pathname = `${base}/${trim(pattern)}`.replace(/\/+/g, '/');
    const match: Match = { route, params: found.params, pathname, handle: route.handle };
    if (route.children === undefined) return [match];
    const below = matchRoutes(route.children, found.rest, pathname);
    if (below !== undefined) return [match, ...below];
  }
  return undefined;
}

interface RouteContextValue {
  matches: Match[];
  params: Record<string, string>;
  outlet: ReactNode;
}
const RouteContext = createContext<RouteContextValue>({ matches: [], params: {}, outlet: null });

export const useLocation = (): Location => useSyncExternalStore(subscribe, snapshot);
export const useNavigate = () => go;
export const useParams = () => useContext(RouteContext).params;
export const useMatches = () => useContext(RouteContext).matches;
export const Outlet = () => useContext(RouteContext).outlet;

export function useSearchParams() {
  const { pathname, search } = useLocation();
  const setParams = (init: Record<string, string>, options?: NavigateOptions) => {
    const query = new URLSearchParams(init).toString();
    go(query === '' ? pathname : `${pathname}?${query}`, options);
  };
  return [new URLSearchParams(search), setParams] as const;
}

export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  useEffect(() => {
    go(to, { replace, state });
  }, [to, replace, state]);
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> &
  NavigateOptions & { to: string };

const plainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 &&
  !event.defaultPrevented &&
  !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

export function Link({ to, replace, state, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!plainClick(event) || (rest.target ?? '_self') !== '_self') return;
        event.preventDefault();
        go(to, { replace, state });
      }}
    />
  );
}

export function NavLink({ end, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const here = trim(pathname);
  const target = trim(props.to);
  const active = here === target || (end !== true && here.startsWith(`${target}/`));
  return <Link {...props} aria-current={active ? 'page' : undefined} />;
}

/** A route's element, fetched on first use when the route is lazy. */
function RouteElement({ route }: { route: RouteObject }) {
  const [loaded, setLoaded] = useState<{ route: RouteObject; element: ReactNode }>();
  const lazy = route.lazy;
  useEffect(() => {
    if (lazy === undefined) return;
    let live = true;
    void lazy().then(({ element }) => {
      if (live) setLoaded({ route, element });
    });
    return () => {
      live = false;
    };
  }, [route, lazy]);
  if (lazy === undefined) return route.element;
  return loaded?.route === route ? loaded.element : null;
}

/** Renders the routes the current address reaches, each one's element holding the next in its Outlet. */
export function Router({ routes, fallback }: { routes: RouteObject[]; fallback: ReactNode }) {
  const { pathname } = useLocation();
  const matches = matchRoutes(routes, pathname);
  if (matches === undefined) return fallback;
  const params = Object.assign({}, ...matches.map((match) => match.params)) as Record<
    string,
    string
  >;
  return matches.reduceRight<ReactNode>(
    (outlet, match) => (
      <RouteContext.Provider value={{ matches, params, outlet }}>
        <RouteElement key={match.pathname} route={match.route} />
      </RouteContext.Provider>
    ),
    null,
  );
}
