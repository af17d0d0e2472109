package se.styrplan.reporting.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentView;
import se.styrplan.reporting.comparison.ComparisonRow;

/**
 * One report's content, whatever its format: sections (target areas, or an SDG) of goals with their indicators.
 * The HTML and PDF print its labels; the XLSX and CSV its raw values.
 */
@TemplateData
public record ReportDocument(String title, String subtitle, String fileName, int year, String ownArea, String ownAreaName,
        List<String> comparisonAreas, String countryArea, OffsetDateTime generatedAt, List<Section> sections) {

    public boolean empty() {
        return sections.isEmpty();
    }

    /** A target area, or the goals of an SDG. */
    @TemplateData
    public record Section(String heading, String status, int goalCount, List<Goal> goals) {
        public String statusLabel() {
            return Labels.goalStatus(status);
        }
    }

    @TemplateData
    public record Goal(UUID goalId, String goalKey, String title, String targetArea, String sdgs, String responsibleBody, String status,
            int indicatorsTotal, int indicatorsOnTrack, int indicatorsOffTrack, int indicatorsNotCounted, AssessmentView assessment,
            List<Indicator> indicators) {
        public String statusLabel() {
            return Labels.goalStatus(status);
        }
    }

    @TemplateData
    public record Indicator(UUID indicatorId, String title, String unit, String direction, String source, String koladaKpiId,
            String status, String targetStatus, String trend, Double latestValue, String latestPeriod, Double targetValue,
            Integer targetYear, Double forecastValue, Double forecastLower, Double forecastUpper, String forecastPeriod,
            Double genderGap, String genderGapPeriod, List<ComparisonRow> series) {

        public String statusLabel() {
            return Labels.indicatorStatus(status);
        }

        public String trendLabel() {
            return Labels.trend(trend);
        }

        public String directionLabel() {
            return Labels.direction(direction);
        }

        public boolean fromKolada() {
            return "kolada".equalsIgnoreCase(source) || koladaKpiId != null;
        }

        /** "Källa: Kolada" (Kolada's terms ask for it), or the source as it is named, or nothing. */
        public String sourceNote() {
            if (fromKolada()) {
                return "Källa: Kolada" + (koladaKpiId == null ? "" : " (" + koladaKpiId + ")");
            }
            return source == null ? "" : "Källa: " + source;
        }

        public String latestText() {
            return latestValue == null ? "–" : Labels.number(latestValue) + " (" + latestPeriod + ")";
        }

        public String targetText() {
            return targetValue == null ? "–" : Labels.number(targetValue) + " (" + targetYear + ")";
        }

        public String forecastText() {
            return forecastValue == null ? "–"
                    : Labels.number(forecastValue) + " (" + forecastPeriod + ", 95 %: " + Labels.number(forecastLower) + " till "
                            + Labels.number(forecastUpper) + ")";
        }

        public String genderGapText() {
            return genderGap == null ? "–" : Labels.number(genderGap) + " (" + genderGapPeriod + ")";
        }

        public String unitText() {
            return unit == null ? "" : unit;
        }

        /** An inline SVG chart (HTML only), empty when there are fewer than two periods. */
        public String chartSvg() {
            return SvgChart.of("chart-" + indicatorId + "-" + Integer.toHexString(System.identityHashCode(this)), title, "Egen kommun", series);
        }

        public boolean hasSeries() {
            return !series.isEmpty();
        }

        public List<PrintedRow> printedSeries() {
            return series.stream().map(r -> new PrintedRow(r.period(), Labels.number(r.own()),
                    r.ownStatus() == null ? "" : Labels.valueStatus(r.ownStatus()),
                    r.comparisonCount() == 0 ? "–" : Labels.number(r.comparisonMedian()) + " (" + r.comparisonCount() + " st)",
                    Labels.number(r.country()), Labels.number(r.women()), Labels.number(r.men()))).toList();
        }
    }

    /** A series row as printed. */
    @TemplateData
    public record PrintedRow(String period, String own, String ownStatus, String comparisonMedian, String country, String women,
            String men) {
    }
}
