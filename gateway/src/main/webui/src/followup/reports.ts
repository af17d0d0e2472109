// The follow-up report's addresses (reporting-service): one document in four formats, for a plan, a goal or an SDG.

export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
export type ReportScope = { kind: 'plan'; planId: string } | { kind: 'goal'; goalId: string } | { kind: 'sdg'; number: number }

/** The download address; without a year the service picks the latest year whose values are due. */
export function reportHref(scope: ReportScope, format: ReportFormat, year?: number | null): string {
  const path =
    scope.kind === 'plan'
      ? `plans/${encodeURIComponent(scope.planId)}`
      : scope.kind === 'goal'
        ? `goals/${encodeURIComponent(scope.goalId)}`
        : `sdgs/${scope.number}`
  const params = new URLSearchParams()
  if (year) params.set('year', String(year))
  params.set('format', format)
  return `/api/reports/follow-up/${path}?${params}`
}
