package se.styrplan.reporting.report;

import java.util.ArrayList;
import java.util.List;

import se.styrplan.reporting.comparison.ComparisonRow;
import se.styrplan.reporting.report.ReportDocument.Goal;
import se.styrplan.reporting.report.ReportDocument.Indicator;
import se.styrplan.reporting.report.ReportDocument.Section;

/**
 * A report as rows for the spreadsheet and CSV formats: one row per indicator and period (long format, numbers as
 * numbers, codes not labels), with the goal's status and assessment repeated, so a reader can filter and pivot.
 */
final class Tabular {

    static final List<String> HEADER = List.of("omrade", "mal_id", "mal", "mal_status", "bedomning", "analys", "indikator_id",
            "indikator", "enhet", "riktning", "indikator_status", "trend", "malvarde", "malar", "prognos", "prognos_lag", "prognos_hog",
            "period", "eget_varde", "eget_varde_status", "jamforelse_median", "jamforelse_antal", "riket", "kvinnor", "man", "kalla");

    private Tabular() {
    }

    /** Each cell is a String, a Double, an Integer or null. */
    static List<List<Object>> rows(ReportDocument report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Goal goal : section.goals()) {
                if (goal.indicators().isEmpty()) {
                    rows.add(row(goal, null, null));
                }
                for (Indicator indicator : goal.indicators()) {
                    if (indicator.series().isEmpty()) {
                        rows.add(row(goal, indicator, null));
                    }
                    for (ComparisonRow r : indicator.series()) {
                        rows.add(row(goal, indicator, r));
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object> row(Goal g, Indicator i, ComparisonRow r) {
        List<Object> row = new ArrayList<>(HEADER.size());
        row.add(g.targetArea());
        row.add(g.goalId().toString());
        row.add(g.title());
        row.add(g.status());
        row.add(g.assessment() == null ? null : g.assessment().judgement());
        row.add(g.assessment() == null ? null : g.assessment().analysis());
        row.add(i == null ? null : i.indicatorId().toString());
        row.add(i == null ? null : i.title());
        row.add(i == null ? null : i.unit());
        row.add(i == null ? null : i.direction());
        row.add(i == null ? null : i.status());
        row.add(i == null ? null : i.trend());
        row.add(i == null ? null : i.targetValue());
        row.add(i == null ? null : i.targetYear());
        row.add(i == null ? null : i.forecastValue());
        row.add(i == null ? null : i.forecastLower());
        row.add(i == null ? null : i.forecastUpper());
        row.add(r == null ? null : r.period());
        row.add(r == null ? null : r.own());
        row.add(r == null ? null : r.ownStatus());
        row.add(r == null ? null : r.comparisonMedian());
        row.add(r == null ? null : r.comparisonCount());
        row.add(r == null ? null : r.country());
        row.add(r == null ? null : r.women());
        row.add(r == null ? null : r.men());
        row.add(i == null || i.sourceNote().isEmpty() ? null : i.sourceNote());
        return row;
    }
}
