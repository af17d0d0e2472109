package se.styrplan.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The accessible HTML of a report (templates/HtmlReport/followUp.html): lang="sv", one h1, headings by level
 * (target area, goal, indicator), tables with captions and th scope, statuses in words. Well-formed XHTML, so the
 * PDF is made from the very same page.
 */
@ApplicationScoped
public class HtmlReport {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUp(ReportDocument report, boolean forPdf);
    }

    public String render(ReportDocument report) {
        return Templates.followUp(report, false).render();
    }

    /** The same page without the inline charts (the PDF renderer draws no SVG; the tables carry every number). */
    public String renderForPdf(ReportDocument report) {
        return Templates.followUp(report, true).render();
    }
}
