package se.styrplan.reporting;

import java.time.ZoneId;

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

    /** Where "this year" is decided. */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();
}
