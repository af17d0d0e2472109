// Shapes of the services' JSON, as much of them as the UI reads (see each service's OpenAPI document).

export type Me = { username: string; name?: string | null; roles: string[]; departments: string[]; partyGroups: string[] }

export type Page<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number }

export type TextBlock = { heading?: string | null; paragraphs: string[] }
export type Sdg = { number: number; name: string; nameEn: string }
export type IndicatorLink = { indicatorId: string; title: string }

export type Goal = {
  id: string
  key: string
  versionId: string
  targetAreaId: string
  title: string
  description: TextBlock[]
  sdgs: Sdg[]
  indicators: IndicatorLink[]
  responsibleBody?: string | null
  position: number
}

export type TargetAreaNode = { id: string; key: string; title: string; description: TextBlock[]; position: number; goals: Goal[] }
export type Plan = { id: string; key: string; title: string; municipalityCode: string; municipalityName: string; currentVersionId?: string | null }
export type PlanVersion = {
  id: string
  planId: string
  number: number
  label: string
  status: 'draft' | 'adopted' | string
  decidedOn?: string | null
  decidedBy?: string | null
  caseNumber?: string | null
}
export type Section = { id: string; key: string; title: string; blocks: TextBlock[]; position: number }
export type VersionTree = { plan: Plan; version: PlanVersion; sections: Section[]; targetAreas: TargetAreaNode[] }

export type ProposalStatus = 'draft' | 'submitted' | 'adopted' | 'rejected' | 'withdrawn'
export type ProposalNote = { itemKind: ItemKind; itemKey: string; comment?: string | null; motivation?: string | null; uncertain?: boolean; note?: string | null }
export type Proposal = {
  id: string
  planId: string
  key: string
  title: string
  kind: 'revision' | 'statement'
  status: ProposalStatus
  author: { kind: string; group?: string | null; name: string }
  baseVersionId: string
  draftVersionId?: string | null
  createdAt: string
  submittedAt?: string | null
  decidedOn?: string | null
  decidedBy?: string | null
  caseNumber?: string | null
  adoptedVersionId?: string | null
  notes?: ProposalNote[]
}

export type ItemKind = 'section' | 'target_area' | 'goal' | 'goal_text' | 'sdg' | 'indicator'
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'reordered'
export type TextRun = { mark: 'unchanged' | 'added' | 'removed'; text: string }
export type DiffParagraph = { role: 'heading' | 'paragraph'; runs: TextRun[] }
export type Change = {
  itemKind: ItemKind
  itemKey: string
  change: ChangeKind
  title: string
  parentKey?: string | null
  fields?: string[] | null
  titleDiff?: TextRun[] | null
  textDiff?: DiffParagraph[] | null
  note?: ProposalNote | null
}
export type Comparison = { proposalId?: string | null; changes: Change[] }
export type ProposalComparison = {
  proposals: Proposal[]
  items: { itemKind: ItemKind; itemKey: string; title: string; changes: { proposalId: string; change: Change }[] }[]
  conflicts: { itemKind: ItemKind; itemKey: string; title: string; proposalIds: string[]; reason: string }[]
}

export type IndicatorDefinition = {
  id: string
  key: string
  title: string
  description?: string | null
  unit: string
  unitLabel?: string | null
  direction?: string
  source?: string
  owningDepartment?: string | null
  dividedByGender?: boolean | null
  status?: string
}
export type SeriesValue = { period: string; value: number | null; status?: string; source?: string; revision?: number; recordedAt?: string }
export type Series = { indicatorId: string; unit: string; unitLabel?: string; gender: string; points: SeriesValue[] }
export type Target = { year: number; gender: string; value: number; comment?: string | null; setBy?: string; setAt?: string }
export type MeasuredValue = { value: number | null; status?: string; source?: string; revision: number; recordedBy?: string; recordedAt?: string }
export type Correction = {
  revision: number
  value: number | null
  status?: string
  source?: string
  recordedBy?: string
  recordedAt?: string
  changedBy?: string
  changedAt?: string
}
export type ValueHistory = { current: MeasuredValue; corrections: Correction[] }
export type RecordResult = { inserted: number; corrected: number; unchanged: number; values: { period: string; outcome: 'inserted' | 'corrected' | 'unchanged' }[] }

export type IndicatorStatusView = {
  indicatorId: string
  title: string
  unit: string
  unitLabel?: string
  status?: string
  targetStatus?: string
  trend?: string
  latest?: { period: string; value: number } | null
  forecast?: { period: string; value: number; lower: number; upper: number } | null
  target?: { year: number; value: number } | null
}
export type GoalSummary = {
  goalId: string
  goalKey: string
  planId: string
  targetAreaId: string
  targetAreaKey: string
  targetAreaTitle: string
  title: string
  sdgs: number[]
  position: number
  status: GoalStatus
  indicators: { total: number; onTrack: number; offTrack: number; notCounted: number }
}
export type GoalCounts = { total: number; onTrack: number; partly: number; offTrack: number; notAssessed: number }
export type GoalsReport = {
  ownArea: string
  plans: { planId: string; planTitle: string; label: string; status: GoalStatus; goals: GoalCounts }[]
  targetAreas: { planId: string; targetAreaId: string; key: string; title: string; position: number; status: GoalStatus; goals: GoalCounts }[]
  goals: GoalSummary[]
}
export type Assessment = { year: number; judgement: string; judgementLabel: string; analysis?: string | null; assessedBy?: string; assessedAt?: string }
export type GoalReport = {
  goal: GoalSummary
  indicators: { indicatorId: string; titleInPlan: string; counted?: string; status?: IndicatorStatusView | null }[]
  assessments?: Assessment[]
}
export type StatusChanged = { kind: 'indicator' | 'goal'; id: string; goalKey?: string; status: string; previousStatus?: string; title?: string }

export type GoalStatus = 'on_track' | 'partly' | 'off_track' | 'not_assessed'

/** reporting-service's open data of a goal (no sign-in): status and every published value of its indicators */
export type OpenIndicator = {
  indicatorId: string
  title: string
  unit: string
  unitLabel?: string | null
  status?: string | null
  trend?: string | null
  values: { areaCode: string; period: string; gender: string; value: number | null }[]
}
export type OpenGoal = { goalKey: string; goalId: string; status?: string | null; indicators: OpenIndicator[] }

/** reporting-service: a goal's assessments (current one per year, every entry) and the departments whose editors may assess */
export type GoalAssessments = { goalId: string; goalKey: string; planId: string; departments: string[]; current: Assessment[]; history: Assessment[] }

/** indicator-service: an import job (bulk, file, kolada, demo) and the rows it refused */
export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
export type ImportJob = {
  id: string
  kind: 'bulk' | 'file' | 'kolada' | 'demo'
  status: ImportStatus
  format?: string | null
  fileName?: string | null
  received: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
  chunks?: number
  progress?: { done: number; total?: number | null; unit?: string | null; percent?: number | null } | null
  createdBy?: string | null
  createdAt?: string | null
  startedAt?: string | null
  finishedAt?: string | null
  failureReason?: string | null
}
export type ImportRejection = { line: number; reason: string; raw?: string | null }

/** gateway: users in Keycloak, and the groups they can be put in */
export type AdminUser = {
  id: string
  username: string
  email?: string | null
  firstName?: string | null
  lastName?: string | null
  enabled: boolean
  roles: string[]
  departments: string[]
  partyGroups: string[]
  requiredActions?: string[] | null
  createdAt?: string | null
}
export type GroupCatalogue = { departments: { code: string; name: string }[]; partyGroups: { code: string; name: string }[] }
