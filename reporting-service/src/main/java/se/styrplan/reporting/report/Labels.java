package se.styrplan.reporting.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The reports' Swedish words for the status codes, and their number format: text, never colour alone. */
final class Labels {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private Labels() {
    }

    static String goalStatus(String code) {
        return switch (code) {
            case "on_track" -> "På rätt väg";
            case "partly" -> "Delvis på rätt väg";
            case "off_track" -> "Inte på rätt väg";
            default -> "Ej bedömt";
        };
    }

    static String indicatorStatus(String code) {
        return switch (code) {
            case "reached" -> "Målvärdet nått";
            case "on_track" -> "På rätt väg";
            case "off_track" -> "Inte på rätt väg";
            case "no_target" -> "Inget målvärde";
            case "not_yet_published" -> "Årets värde ännu inte publicerat";
            default -> "För lite data";
        };
    }

    static String trend(String code) {
        return switch (code) {
            case "improving" -> "Förbättras";
            case "stable" -> "Oförändrad";
            case "worsening" -> "Försämras";
            case "rising" -> "Ökar";
            case "falling" -> "Minskar";
            default -> "För lite data";
        };
    }

    static String direction(String code) {
        return switch (code) {
            case "higher_is_better" -> "Högre är bättre";
            case "lower_is_better" -> "Lägre är bättre";
            default -> "Ingen önskad riktning";
        };
    }

    static String valueStatus(String code) {
        return switch (code) {
            case "final" -> "slutligt";
            case "preliminary" -> "preliminärt";
            case "suppressed" -> "skyddat";
            case "synthetic" -> "exempeldata";
            default -> code;
        };
    }

    /** Up to two decimals, decimal comma; a dash for nothing. */
    static String number(Double value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(SV));
        return format.format(value).replace('\u00a0', ' ');
    }
}
