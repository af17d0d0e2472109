import { Navigate, Route, Routes } from 'react-router'
import { Layout } from './components/Layout'
import { PlanPage } from './plan/PlanPage'
import { GoalPage } from './plan/GoalPage'
import { ProposalsPage } from './proposals/ProposalsPage'
import { ProposalPage } from './proposals/ProposalPage'
import { ComparePage } from './proposals/ComparePage'
import { IndicatorsPage } from './indicators/IndicatorsPage'
import { IndicatorPage } from './indicators/IndicatorPage'
import { ImportsPage } from './indicators/ImportsPage'
import { FollowUpPage } from './followup/FollowUpPage'
import { OpenDataPage } from './pages/OpenDataPage'
import { AccessibilityPage } from './pages/AccessibilityPage'
import { UsersPage } from './admin/UsersPage'
import { NotFoundPage } from './pages/NotFoundPage'

/** The UI's routes; the gateway serves index.html for each of them (see PublicPaths.WEB). */
export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Navigate to="/plan" replace />} />
        <Route path="/plan" element={<PlanPage />} />
        <Route path="/plan/goals/:key" element={<GoalPage />} />
        <Route path="/proposals" element={<ProposalsPage />} />
        <Route path="/proposals/compare" element={<ComparePage />} />
        <Route path="/proposals/:id" element={<ProposalPage />} />
        <Route path="/indicators" element={<IndicatorsPage />} />
        <Route path="/indicators/imports" element={<ImportsPage />} />
        <Route path="/indicators/:id" element={<IndicatorPage />} />
        <Route path="/follow-up" element={<FollowUpPage />} />
        <Route path="/data" element={<OpenDataPage />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/admin/users" element={<UsersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  )
}
