// The root route: a file that still needs the set-up opens on it, every other on the app.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCall } from '../api/useCall';
import { Shell } from '../app/Shell';
import { FirstRun } from './FirstRun';

export function SetupGate() {
  const status = useCall('setup.status', {});
  const navigate = useNavigate();
  // Once shown, the set-up stays until it is finished or skipped: adding the first person makes
  // the file "set up" by the server's rule, which must not pull the owner out half-way.
  const [showing, setShowing] = useState(false);
  if (status.data?.needed && !showing) setShowing(true);
  // Until the answer comes, the app: almost every open is of a file set up long ago, and its keys (W, N) must work at once.
  if (showing) {
    return (
      <FirstRun
        onDone={(to) => {
          setShowing(false);
          void navigate(to, { replace: true });
        }}
      />
    );
  }
  return <Shell />;
}
