package se.styrplan.reporting.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the open data describes itself ({@code styrplan.open-data.*}); production sets its own addresses. */
@ConfigMapping(prefix = "styrplan.open-data")
public interface OpenDataConfig {

    /** The public address the open data is reached at (the gateway), without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    @WithDefault("Karlstads kommun")
    String publisherName();

    /** The publisher's identifier (a URI; Swedish public bodies often use their organisation number in a URI). */
    @WithDefault("http://localhost:8080/open-data/publisher")
    String publisherUri();

    @WithDefault("Styrplan, öppna data")
    String contactName();

    /** The contact point's e-mail: set it in production; the default is deliberately not deliverable. */
    @WithDefault("oppna-data@styrplan.invalid")
    String contactEmail();

    /** CC0 1.0, common for Swedish open data (Kolada's own data is free to reuse with attribution). */
    @WithDefault("http://creativecommons.org/publicdomain/zero/1.0/")
    String license();
}
