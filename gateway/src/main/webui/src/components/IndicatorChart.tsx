import { useEffect, useId, useRef } from 'react'
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from 'chart.js'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import type { ChartLine, ChartModel } from './chartModel'

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip)

// Colours pass 3:1 against white; every line also has its own dash and point shape, so colour is never needed.
const LOOK: Record<ChartLine['key'], { color: string; dash: number[]; point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot'; label: MessageKey }> = {
  own: { color: '#005a9c', dash: [], point: 'circle', label: 'chart.own' },
  women: { color: '#8a1c7c', dash: [6, 3], point: 'triangle', label: 'chart.women' },
  men: { color: '#a14a00', dash: [2, 3], point: 'rect', label: 'chart.men' },
  riket: { color: '#4a4a4a', dash: [10, 4], point: 'rectRot', label: 'chart.riket' },
  target: { color: '#00703c', dash: [], point: 'crossRot', label: 'chart.target' },
  forecast: { color: '#005a9c', dash: [3, 3], point: 'rect', label: 'chart.forecast' },
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/** A line chart drawn on a canvas, with a text alternative and the same values as a table. */
export function IndicatorChart({ title, unit, model, alt }: { title: string; unit: string; model: ChartModel; alt: string }) {
  const { t, formatNumber, lang } = useI18n()
  const canvas = useRef<HTMLCanvasElement>(null)
  const captionId = useId()
  useEffect(() => {
    if (!canvas.current || model.periods.length === 0) return
    const datasets: ChartDataset<'line', (number | null)[]>[] = model.lines.map((line) => {
      const look = LOOK[line.key]
      return {
        label: t(look.label),
        data: line.values,
        borderColor: look.color,
        backgroundColor: look.color,
        borderDash: look.dash,
        pointStyle: look.point,
        pointRadius: line.key === 'target' ? 7 : 4,
        showLine: line.key !== 'target',
        spanGaps: true,
      }
    })
    let chart: Chart | undefined
    try {
      chart = new Chart(canvas.current, {
        type: 'line',
        data: { labels: model.periods, datasets },
        options: {
          animation: reducedMotion() ? false : { duration: 400 },
          responsive: true,
          maintainAspectRatio: false,
          locale: lang === 'sv' ? 'sv-SE' : 'en-GB',
          plugins: { legend: { labels: { usePointStyle: true, color: '#1b1b1b' } } },
          scales: { x: { ticks: { color: '#1b1b1b' } }, y: { ticks: { color: '#1b1b1b' }, title: { display: true, text: unit, color: '#1b1b1b' } } },
        },
      })
    } catch {
      // no canvas (tests, very old browsers): the table below carries the same values
    }
    return () => chart?.destroy()
  }, [model, t, unit, lang])

  if (model.periods.length === 0) return <p>{t('chart.noData')}</p>
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={alt} />
      </div>
      <figcaption id={captionId}>{title}</figcaption>
      <details>
        <summary>{t('chart.table')}</summary>
        <div className="table-scroll">
          <table aria-describedby={captionId}>
            <thead>
              <tr>
                <th scope="col">{t('chart.year')}</th>
                {model.lines.map((l) => (
                  <th scope="col" key={l.key}>
                    {t(LOOK[l.key].label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.periods.map((p, i) => (
                <tr key={p}>
                  <th scope="row">{p}</th>
                  {model.lines.map((l) => (
                    <td key={l.key}>{formatNumber(l.values[i])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
