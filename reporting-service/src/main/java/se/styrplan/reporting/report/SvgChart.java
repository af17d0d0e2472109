package se.styrplan.reporting.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import se.styrplan.reporting.comparison.ComparisonRow;

/**
 * A small inline SVG line chart of a series (own municipality, comparison median, Riket) for the HTML report. It is
 * an image with a text alternative; the table beside it carries every number, and the lines differ in dash pattern
 * as well as colour, so nothing depends on colour alone.
 */
final class SvgChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 200;
    private static final int PAD = 36;

    private SvgChart() {
    }

    static String of(String id, String title, String ownName, List<ComparisonRow> rows) {
        List<Line> lines = List.of(
                new Line(ownName, "#1f4e79", "", ComparisonRow::own),
                new Line("Jämförelsekommuner (median)", "#6b4e00", "6 4", ComparisonRow::comparisonMedian),
                new Line("Riket", "#4d4d4d", "2 3", ComparisonRow::country));
        List<Double> all = new ArrayList<>();
        for (ComparisonRow r : rows) {
            lines.forEach(l -> {
                Double v = l.value.apply(r);
                if (v != null) {
                    all.add(v);
                }
            });
        }
        if (all.isEmpty() || rows.size() < 2) {
            return "";
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max - min < 1e-9) {
            max = min + 1;
        }
        StringBuilder svg = new StringBuilder();
        String first = rows.get(0).period();
        String last = rows.get(rows.size() - 1).period();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(escape("Diagram: " + title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(escape(ownName + ", jämförelsekommunernas median och riket "
                + first + " till " + last + ", från " + Labels.number(min) + " till " + Labels.number(max)
                + ". Värdena står i tabellen nedan.")).append("</desc>");
        svg.append("<rect x=\"").append(PAD).append("\" y=\"8\" width=\"").append(WIDTH - 2 * PAD).append("\" height=\"")
                .append(HEIGHT - PAD - 8).append("\" fill=\"none\" stroke=\"#595959\"/>");
        for (Line line : lines) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                Double v = line.value.apply(rows.get(i));
                if (v != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, rows.size()), y(v, min, max)));
                }
            }
            if (!points.isEmpty()) {
                svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(line.colour).append('"')
                        .append(line.dash.isEmpty() ? "" : " stroke-dasharray=\"" + line.dash + "\"")
                        .append(" points=\"").append(points.toString().trim()).append("\"/>");
            }
        }
        svg.append(text(PAD, HEIGHT - PAD + 16, first)).append(text(WIDTH - PAD - 30, HEIGHT - PAD + 16, last));
        svg.append(text(2, 16, Labels.number(max))).append(text(2, HEIGHT - PAD, Labels.number(min)));
        int legendX = PAD;
        for (Line line : lines) {
            svg.append("<line x1=\"").append(legendX).append("\" y1=\"").append(HEIGHT - 6).append("\" x2=\"").append(legendX + 24)
                    .append("\" y2=\"").append(HEIGHT - 6).append("\" stroke-width=\"2\" stroke=\"").append(line.colour).append('"')
                    .append(line.dash.isEmpty() ? "" : " stroke-dasharray=\"" + line.dash + "\"").append("/>");
            svg.append(text(legendX + 28, HEIGHT - 2, line.name));
            legendX += 30 + line.name.length() * 6;
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int i, int n) {
        return PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
    }

    private static double y(double v, double min, double max) {
        return 8 + (HEIGHT - PAD - 8) * (1 - (v - min) / (max - min));
    }

    private static String text(int x, int y, String s) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" fill=\"#1a1a1a\">" + escape(s) + "</text>";
    }

    static String escape(String s) {
        return Objects.requireNonNullElse(s, "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Line(String name, String colour, String dash, Function<ComparisonRow, Double> value) {
    }
}
