package se.styrplan.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The report as a spreadsheet (fastexcel): a sheet "Uppföljning" with the rows of {@link Tabular}, and "Om" with its title. */
@ApplicationScoped
public class XlsxReport {

    public byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            Workbook workbook = new Workbook(out, "Styrplan", "1.0");
            Worksheet data = workbook.newWorksheet("Uppföljning");
            for (int c = 0; c < Tabular.HEADER.size(); c++) {
                data.value(0, c, Tabular.HEADER.get(c));
                data.style(0, c).bold().set();
            }
            List<List<Object>> rows = Tabular.rows(report);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number n) {
                        data.value(r + 1, c, n);
                    } else if (cell != null) {
                        data.value(r + 1, c, cell.toString());
                    }
                }
            }
            data.freezePane(0, 1);
            Worksheet about = workbook.newWorksheet("Om");
            about.value(0, 0, "Rapport");
            about.value(0, 1, report.title());
            about.value(1, 0, "Uppföljningsår");
            about.value(1, 1, report.year());
            about.value(2, 0, "Kommun");
            about.value(2, 1, report.ownAreaName() + " (" + report.ownArea() + ")");
            about.value(3, 0, "Jämförelsekommuner");
            about.value(3, 1, String.join(", ", report.comparisonAreas()));
            about.value(4, 0, "Skapad");
            about.value(4, 1, report.generatedAt().toString());
            about.value(5, 0, "Källa");
            about.value(5, 1, "Styrplan; indikatorer med kolumnen kalla \"Källa: Kolada\" kommer från Kolada");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet of " + report.title(), e);
        }
        return out.toByteArray();
    }
}
