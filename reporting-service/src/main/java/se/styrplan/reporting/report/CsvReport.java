package se.styrplan.reporting.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The report as CSV (commons-csv, RFC 4180, comma-separated, decimal point): the rows of {@link Tabular}. */
@ApplicationScoped
public class CsvReport {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(Tabular.HEADER.toArray(String[]::new)).get();

    public String render(ReportDocument report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<Object> row : Tabular.rows(report)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
