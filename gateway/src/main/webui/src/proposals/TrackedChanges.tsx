import type { Change, TextRun } from '../api/types'
import { useI18n } from '../i18n/I18n'
import { changeLabel, countByKind, kindLabel, mergeRuns, orderChanges } from './changes'

/** Text runs as the source document marks them: added underlined in blue, removed struck through in red, each
 * also with a text marker so the change reads without colour and in a screen reader. */
export function Runs({ runs }: { runs: TextRun[] }) {
  const { t } = useI18n()
  return (
    <>
      {mergeRuns(runs).map((run, i) => {
        if (run.mark === 'unchanged') return <span key={i}>{run.text}</span>
        // spaces around a changed run stay outside the mark, so the marker sits next to the words it marks
        const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!
        const Mark = run.mark === 'added' ? 'ins' : 'del'
        return (
          <span key={i}>
            {lead}
            <Mark>
              <span className="change-marker">{t(run.mark === 'added' ? 'changes.insMark' : 'changes.delMark')}</span> {words}
            </Mark>
            {trail}
          </span>
        )
      })}
    </>
  )
}

export function ChangesLegend() {
  const { t } = useI18n()
  return (
    <aside className="legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t('changes.legend')}</h3>
      <ul>
        <li>
          <ins>
            <span className="change-marker">{t('changes.insMark')}</span> {t('changes.legend.added')}
          </ins>
        </li>
        <li>
          <del>
            <span className="change-marker">{t('changes.delMark')}</span> {t('changes.legend.removed')}
          </del>
        </li>
        <li>
          <span className="change-tag change-changed">{t('changes.changed')}</span> {t('changes.legend.changed')}
        </li>
      </ul>
    </aside>
  )
}

export function ChangeItem({ change }: { change: Change }) {
  const { t } = useI18n()
  const title =
    change.titleDiff && change.titleDiff.length > 0 ? (
      <Runs runs={change.titleDiff} />
    ) : change.change === 'added' ? (
      <ins>
        <span className="change-marker">{t('changes.insMark')}</span> {change.title}
      </ins>
    ) : change.change === 'removed' ? (
      <del>
        <span className="change-marker">{t('changes.delMark')}</span> {change.title}
      </del>
    ) : (
      change.title
    )
  return (
    <li className={`change change-${change.change}`} data-change={change.change} data-kind={change.itemKind}>
      <p className="change-head">
        <span className={`change-tag change-${change.change}`}>{t(changeLabel[change.change])}</span>{' '}
        <span className="change-kind">{t(kindLabel[change.itemKind])}:</span> <span className="change-title">{title}</span>
      </p>
      {change.textDiff?.map((p, i) =>
        p.role === 'heading' ? (
          <p key={i} className="diff-heading">
            <strong>
              <Runs runs={p.runs} />
            </strong>
          </p>
        ) : (
          <p key={i} className="diff-paragraph">
            <Runs runs={p.runs} />
          </p>
        ),
      )}
      {(change.note?.comment || change.note?.motivation) && (
        <dl className="change-note">
          {change.note.comment && (
            <>
              <dt>{t('proposal.comment')}</dt>
              <dd>{change.note.comment}</dd>
            </>
          )}
          {change.note.motivation && (
            <>
              <dt>{t('proposal.motivation')}</dt>
              <dd>{change.note.motivation}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  )
}

export function TrackedChanges({ changes }: { changes: Change[] }) {
  const { t } = useI18n()
  const counts = countByKind(changes)
  return (
    <div className="tracked-changes" data-testid="tracked-changes">
      <ChangesLegend />
      {changes.length === 0 ? (
        <p>{t('proposal.noChanges')}</p>
      ) : (
        <>
          <p className="meta">
            {Object.entries(counts)
              .map(([kind, n]) => `${t(changeLabel[kind as Change['change']])}: ${n}`)
              .join(' · ')}
          </p>
          <ol className="changes">
            {orderChanges(changes).map((c) => (
              <ChangeItem key={`${c.itemKind}-${c.itemKey}-${c.change}`} change={c} />
            ))}
          </ol>
        </>
      )}
    </div>
  )
}
