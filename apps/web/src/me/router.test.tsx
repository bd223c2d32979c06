import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Link,
  matchRoutes,
  Navigate,
  NavLink,
  Outlet,
  Router,
  useLocation,
  useMatches,
  useNavigate,
  useParams,
  useSearchParams,
  type RouteObject,
} from './router.js';

function Frame() {
  const publicPage = useMatches().some((match) => match.handle === 'public');
  return (
    <div>
      <nav>
        <NavLink to="/moi" end>
          home
        </NavLink>
        <NavLink to="/moi/agenda">agenda</NavLink>
      </nav>
      {publicPage && <p>public page</p>}
      <Outlet />
    </div>
  );
}

function Session() {
  const { sessionId } = useParams();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>session {sessionId}</h1>
      <p>tab {params.get('tab') ?? 'none'}</p>
      <button
        type="button"
        onClick={() => {
          setParams({ tab: 'notes' });
        }}
      >
        notes
      </button>
    </>
  );
}

function Where() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <p>from {String((location.state as { from?: string } | null)?.from)}</p>
      <button
        type="button"
        onClick={() => {
          navigate('/moi/seances/7');
        }}
      >
        go
      </button>
    </>
  );
}

const routes: RouteObject[] = [
  {
    path: '/moi',
    element: <Frame />,
    children: [
      { index: true, element: <Link to="/moi/agenda">to the agenda</Link> },
      { path: 'agenda', lazy: () => Promise.resolve({ element: <h1>agenda</h1> }) },
      { path: 'seances/:sessionId', element: <Session /> },
      { path: 'connexion', element: <Where />, handle: 'public' },
      { path: 'vieux', element: <Navigate to="/moi/connexion" replace state={{ from: 'old' }} /> },
    ],
  },
];

const show = (path: string) => {
  window.history.replaceState(null, '', path);
  return render(<Router routes={routes} fallback={<p>elsewhere</p>} />);
};

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the participant router', () => {
  it('matches the layout then the child, with params, like react-router', () => {
    const matches = matchRoutes(routes, '/moi/seances/42');
    expect(matches?.map((match) => match.pathname)).toEqual(['/moi', '/moi/seances/:sessionId']);
    expect(matches?.[1]?.params).toEqual({ sessionId: '42' });
    expect(matchRoutes(routes, '/moi/')?.[1]?.route.index).toBe(true);
    expect(matchRoutes(routes, '/moi/seances')).toBeUndefined();
    expect(matchRoutes(routes, '/participants')).toBeUndefined();
  });

  it('follows a link without reloading, loads a lazy screen and marks the current link', async () => {
    const user = userEvent.setup();
    show('/moi');
    expect(screen.getByRole('link', { name: 'home' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('link', { name: 'to the agenda' }));
    expect(await screen.findByRole('heading', { name: 'agenda' })).toBeTruthy();
    expect(window.location.pathname).toBe('/moi/agenda');
    expect(screen.getByRole('link', { name: 'agenda' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'home' }).getAttribute('aria-current')).toBeNull();
    act(() => {
      window.history.back();
    });
    expect(await screen.findByRole('link', { name: 'to the agenda' })).toBeTruthy();
  });

  it('gives the params and the search params, and changes the search params', async () => {
    const user = userEvent.setup();
    show('/moi/seances/42?tab=plan');
    expect(screen.getByRole('heading', { name: 'session 42' })).toBeTruthy();
    expect(screen.getByText('tab plan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'notes' }));
    expect(screen.getByText('tab notes')).toBeTruthy();
    expect(window.location.search).toBe('?tab=notes');
  });

  it('redirects with a state, tells the handles of the matched routes, and navigates by code', async () => {
    const user = userEvent.setup();
    show('/moi/vieux');
    expect(await screen.findByText('from old')).toBeTruthy();
    expect(window.location.pathname).toBe('/moi/connexion');
    expect(screen.getByText('public page')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'go' }));
    expect(screen.getByRole('heading', { name: 'session 7' })).toBeTruthy();
    expect(screen.queryByText('public page')).toBeNull();
  });

  it('shows the fallback for an address outside its routes', () => {
    show('/participants');
    expect(screen.getByText('elsewhere')).toBeTruthy();
  });
});
