package se.styrplan.reporting;

import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** reporting-service's own settings ({@code styrplan.reporting.*}). */
@ConfigMapping(prefix = "styrplan.reporting")
public interface ReportingConfig {

    /** The own municipality's area code (Kolada's municipality id): statuses are computed for it. Karlstad: 1780. */
    @WithDefault("1780")
    String ownArea();

    /** Years after which a year's value is expected to be published (Kolada: 1). */
    @WithDefault("1")
    int publicationLagYears();

    /** The trend and forecast use the values of this many latest years. */
    @WithDefault("10")
    int trendWindowYears();

    /** A trend is stable when |slope| per year is below this share of the mean (0.01 = 1 %). */
    @WithDefault("0.01")
    double stableThreshold();

    /** The own municipality's name, as the reports print it. */
    @WithDefault("Karlstad")
    String ownAreaName();

    /**
     * The municipalities the own one compares itself with (their area codes; indicator-service's comparison set
     * {@code karlstad-jamforelse} without the own area and Riket). Their values arrive in the same measurement
     * events as the own area's; the reports show their median.
     */
    @WithDefault("0580,1880,0680,2180,2281,0780,2580,0880")
    List<String> comparisonAreas();

    /** The country's area code (Riket). */
    @WithDefault("0000")
    String countryArea();

    /** The rebuild of the read model. */
    Rebuild rebuild();

    interface Rebuild {
        /**
         * {@code beginning}: both topics' whole history (production). {@code start}: from the moment this instance
         * started (the test profile, whose consumers start there too, on topics shared with every module's tests).
         */
        @WithDefault("beginning")
        String replayFrom();
    }

    /** Where "this year" is decided. */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();
}
