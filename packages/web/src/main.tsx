import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles.css';
import { Document } from '@utrecht/component-library-react';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import './i18n';
import { Layout } from './components/Layout';
import { BreakGlass } from './pages/BreakGlass';
import { Caseload } from './pages/Caseload';
import { Dossier } from './pages/Dossier';
import { Intake } from './pages/Intake';
import { NewHousehold } from './pages/NewHousehold';
import { NotFound } from './pages/NotFound';
import { Reviews } from './pages/Reviews';
import { SignIn } from './pages/SignIn';
import { Worklist } from './pages/Worklist';
import { SessionProvider, useSession } from './session';

function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const { t } = useTranslation();
  if (loading) {
    return <p>{t('app.loading')}</p>;
  }
  return session ? children : <Navigate to="/inloggen" replace />;
}

function App() {
  return (
    <Document className="gd-document">
      <Layout>
        <Routes>
          <Route path="/inloggen" element={<SignIn />} />
          <Route
            path="/"
            element={
              <RequireSession>
                <Caseload />
              </RequireSession>
            }
          />
          <Route
            path="/gezinnen/nieuw"
            element={
              <RequireSession>
                <NewHousehold />
              </RequireSession>
            }
          />
          <Route
            path="/gezinnen/:householdId"
            element={
              <RequireSession>
                <Dossier />
              </RequireSession>
            }
          />
          <Route
            path="/melding"
            element={
              <RequireSession>
                <Intake />
              </RequireSession>
            }
          />
          <Route
            path="/werklijst"
            element={
              <RequireSession>
                <Worklist />
              </RequireSession>
            }
          />
          <Route
            path="/noodtoegang"
            element={
              <RequireSession>
                <BreakGlass />
              </RequireSession>
            }
          />
          <Route
            path="/noodtoegang/beoordelen"
            element={
              <RequireSession>
                <Reviews />
              </RequireSession>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </Document>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </StrictMode>,
  );
}
