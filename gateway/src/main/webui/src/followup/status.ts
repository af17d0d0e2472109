import type { MessageKey } from '../i18n/sv'

/** Every status has a text, a symbol and a colour class: the colour is never the only carrier. */
export type StatusLook = { label: MessageKey; symbol: string; tone: 'good' | 'mixed' | 'bad' | 'neutral' }

const looks: Record<string, StatusLook> = {
  on_track: { label: 'status.on_track', symbol: '✓', tone: 'good' },
  reached: { label: 'status.reached', symbol: '✓', tone: 'good' },
  partly: { label: 'status.partly', symbol: '◐', tone: 'mixed' },
  off_track: { label: 'status.off_track', symbol: '✗', tone: 'bad' },
  not_assessed: { label: 'status.not_assessed', symbol: '–', tone: 'neutral' },
  no_target: { label: 'status.no_target', symbol: '–', tone: 'neutral' },
  insufficient_data: { label: 'status.insufficient_data', symbol: '?', tone: 'neutral' },
  not_yet_published: { label: 'status.not_yet_published', symbol: '…', tone: 'neutral' },
}

export function statusLook(status: string | null | undefined): StatusLook {
  return (status && looks[status]) || { label: 'status.unknown', symbol: '?', tone: 'neutral' }
}
