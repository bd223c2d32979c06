import { Outlet } from 'react-router';

/** The participant space's frame: large targets, icons with labels, one action per screen. */
export function ParticipantLayout() {
  return (
    <main id="main" tabIndex={-1}>
      <Outlet />
    </main>
  );
}
