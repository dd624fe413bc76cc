import './utrecht-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles.css';
import { Document } from '@utrecht/component-library-react';
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import './i18n';
import { Layout } from './components/Layout';
import { NotFound } from './pages/NotFound';
import { SessionProvider, useSession } from './session';

// Code splitting per route (issue 9.9): the first load carries only the frame and the page it opens.
const BreakGlass = lazy(() => import('./pages/BreakGlass').then((m) => ({ default: m.BreakGlass })));
const Caseload = lazy(() => import('./pages/Caseload').then((m) => ({ default: m.Caseload })));
const Dossier = lazy(() => import('./pages/Dossier').then((m) => ({ default: m.Dossier })));
const Intake = lazy(() => import('./pages/Intake').then((m) => ({ default: m.Intake })));
const NewHousehold = lazy(() => import('./pages/NewHousehold').then((m) => ({ default: m.NewHousehold })));
const Reviews = lazy(() => import('./pages/Reviews').then((m) => ({ default: m.Reviews })));
const SignIn = lazy(() => import('./pages/SignIn').then((m) => ({ default: m.SignIn })));
const Administration = lazy(() =>
  import('./pages/Administration').then((m) => ({ default: m.Administration })),
);
const ApiDocs = lazy(() => import('./pages/ApiDocs').then((m) => ({ default: m.ApiDocs })));
const Worklist = lazy(() => import('./pages/Worklist').then((m) => ({ default: m.Worklist })));
const Petition = lazy(() => import('./pages/Petition').then((m) => ({ default: m.Petition })));
const ReviewAssignments = lazy(() =>
  import('./pages/ReviewAssignments').then((m) => ({ default: m.ReviewAssignments })),
);
const PetitionReview = lazy(() =>
  import('./pages/PetitionReview').then((m) => ({ default: m.PetitionReview })),
);
const ComplaintAssignments = lazy(() =>
  import('./pages/ComplaintAssignments').then((m) => ({ default: m.ComplaintAssignments })),
);
const ComplaintHandling = lazy(() =>
  import('./pages/ComplaintHandling').then((m) => ({ default: m.ComplaintHandling })),
);

function Loading() {
  const { t } = useTranslation();
  return <p>{t('app.loading')}</p>;
}

/** The start page: an administrator has no families of her own and starts in administration (issue 9.11). */
function Home() {
  const { session } = useSession();
  return session?.actor.kind === 'ADMINISTRATOR' ? <Navigate to="/beheer" replace /> : <Caseload />;
}

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
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/inloggen" element={<SignIn />} />
            <Route
              path="/"
              element={
                <RequireSession>
                  <Home />
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
              path="/gezinnen/:householdId/recht/:petitionId"
              element={
                <RequireSession>
                  <Petition />
                </RequireSession>
              }
            />
            <Route
              path="/gezinnen/:householdId/:section?"
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
            <Route
              path="/toetsingen"
              element={
                <RequireSession>
                  <ReviewAssignments />
                </RequireSession>
              }
            />
            <Route
              path="/toetsingen/:householdId/:petitionId"
              element={
                <RequireSession>
                  <PetitionReview />
                </RequireSession>
              }
            />
            <Route
              path="/klachten"
              element={
                <RequireSession>
                  <ComplaintAssignments />
                </RequireSession>
              }
            />
            <Route
              path="/klachten/:householdId/:complaintId"
              element={
                <RequireSession>
                  <ComplaintHandling />
                </RequireSession>
              }
            />
            <Route
              path="/beheer"
              element={
                <RequireSession>
                  <Administration />
                </RequireSession>
              }
            />
            <Route path="/api-documentatie" element={<ApiDocs />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
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
