package se.styrplan.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A tagged PDF (PDF/UA mode of openhtmltopdf: structure tree with headings, tables, lists; document title; embedded
 * fonts) made from the report's HTML. The font is Liberation Sans, bundled (PDF/UA needs embedded fonts; its
 * licence is beside it in resources/fonts).
 */
@ApplicationScoped
public class PdfReport {

    static final String FONT = "Liberation Sans";

    @Inject
    HtmlReport html;

    public byte[] render(ReportDocument report) {
        String page = html.renderForPdf(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + report.title(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the service's resources");
        }
        return in;
    }
}
