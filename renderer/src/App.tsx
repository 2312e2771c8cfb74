import { useEffect } from 'react';
import { ConferenceScreen } from './screens/ConferenceScreen';
import { HomeScreen } from './screens/HomeScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { closeRequests } from './bridge';
import { routeFromHash } from './store/app-slice';
import { useAppStore } from './store';

export function App() {
  const route = useAppStore((s) => s.route);
  const status = useAppStore((s) => s.status);
  const loadStatus = useAppStore((s) => s.loadStatus);
  const loadSettings = useAppStore((s) => s.loadSettings);
  const flushSave = useAppStore((s) => s.flushSave);
  const readOnly = useAppStore((s) => s.readOnly);

  useEffect(() => {
    void loadStatus();
    void loadSettings();
    const onPop = () => useAppStore.setState({ route: routeFromHash(window.location.hash) });
    // Write what is pending when the window is hidden or closed, rather than waiting for the autosave pause.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushSave();
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('visibilitychange', onHide);
    // Closing waits for saves. In Electron main asks first and this answers once what is pending is written; in the
    // browser run, the browser is asked to warn before the page goes while anything is not yet on disk.
    const stopAnswering = closeRequests?.onCloseRequested(() => useAppStore.getState().readinessToClose());
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!useAppStore.getState().hasUnsavedWork()) return;
      void flushSave();
      event.preventDefault();
    };
    if (!closeRequests) window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
      stopAnswering?.();
    };
  }, [loadStatus, loadSettings, flushSave]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {readOnly && (
        <div className="banner banner--warning" role="alert">
          <strong>Read only: nothing you change will be saved.</strong> {readOnly}
        </div>
      )}
      {status?.encryptionWarning && (
        <div className="banner banner--warning" role="alert">
          {status.encryptionWarning}
        </div>
      )}
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'settings' && <SettingsScreen />}
      {route.name === 'conference' && <ConferenceScreen id={route.id} />}
    </>
  );
}
