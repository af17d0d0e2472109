import { get, post, put, query } from '../api/http'
import type { Comparison, Goal, Page, Proposal, ProposalComparison, VersionTree } from '../api/types'

// Signed-in users read through /api (drafts included where allowed), everyone else through /public (submitted only).
const base = (signedIn: boolean) => (signedIn ? '/api/plan/proposals' : '/public/plan/proposals')

export const listProposals = (signedIn: boolean, planId: string) =>
  get<Page<Proposal> | Proposal[]>(`${base(signedIn)}${query({ plan: planId, size: 200 })}`).then((b) => (Array.isArray(b) ? b : b.items))
export const getProposal = (signedIn: boolean, id: string) => get<Proposal>(`${base(signedIn)}/${id}`)
export const getChanges = (signedIn: boolean, id: string) => get<Comparison>(`${base(signedIn)}/${id}/changes`)
export const compareProposals = (ids: string[]) => get<ProposalComparison>(`/api/plan/proposals/compare${query({ ids: ids.join(',') })}`)
export const documentHref = (signedIn: boolean, id: string) => `${base(signedIn)}/${id}/document`

export const createProposal = (planId: string, title: string, author: { kind: 'central_office' | 'party_group'; group?: string; name?: string }) =>
  post<Proposal>('/api/plan/proposals', { planId, kind: 'revision', title, authorKind: author.kind, authorGroup: author.group ?? null, authorName: author.name ?? null })

export const workingCopy = (versionId: string) => get<VersionTree>(`/api/plan/versions/${versionId}/tree`)

export const saveNote = (proposalId: string, itemKind: string, itemKey: string, comment: string, motivation: string) =>
  put(`/api/plan/proposals/${proposalId}/notes/${itemKind}/${encodeURIComponent(itemKey)}`, {
    comment: comment.trim() || null,
    motivation: motivation.trim() || null,
  })

export const setIndicators = (goalId: string, indicators: { indicatorId: string; title: string }[]) =>
  put<Goal>(`/api/plan/goals/${goalId}/indicators`, { indicators })

export const updateGoal = (goal: Goal, description: Goal['description']) =>
  put<Goal>(`/api/plan/goals/${goal.id}`, {
    title: goal.title,
    description,
    responsibleBody: goal.responsibleBody ?? null,
    sdgs: goal.sdgs.map((s) => s.number),
    indicators: goal.indicators.map((i) => ({ indicatorId: i.indicatorId, title: i.title })),
  })

export const submitProposal = (id: string) => post<Proposal>(`/api/plan/proposals/${id}/submission`)
export const adoptProposal = (id: string, decision: { decidedOn: string; decidedBy: string; caseNumber?: string }) =>
  post<Proposal>(`/api/plan/proposals/${id}/adoption`, { ...decision, caseNumber: decision.caseNumber?.trim() || null })

/** The goal's text with one sentence added at the end of its last paragraph (a new paragraph when it has none). */
export function withSentence(description: Goal['description'], sentence: string): Goal['description'] {
  const s = sentence.trim()
  if (!s) return description
  if (description.length === 0) return [{ heading: null, paragraphs: [s] }]
  const blocks = description.map((b) => ({ ...b, paragraphs: [...b.paragraphs] }))
  const last = blocks[blocks.length - 1]
  if (last.paragraphs.length === 0) last.paragraphs.push(s)
  else last.paragraphs[last.paragraphs.length - 1] = `${last.paragraphs[last.paragraphs.length - 1].trimEnd()} ${s}`
  return blocks
}
