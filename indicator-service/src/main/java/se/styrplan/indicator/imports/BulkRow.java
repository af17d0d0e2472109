package se.styrplan.indicator.imports;

import java.util.List;

/**
 * One row as a reader found it: the documented columns as text, exactly as given (null when absent), or why the row
 * could not be read at all. {@link RowChecks} decides what the text means.
 */
record BulkRow(long line, String indicatorKey, String indicatorId, String areaCode, String period, String gender, String value,
        String status, String unreadable, String raw) {

    /** The documented columns, in the template's order. */
    static final List<String> COLUMNS = List.of("indicatorKey", "indicatorId", "areaCode", "period", "gender", "value", "status");

    static BulkRow unreadable(long line, String reason, String raw) {
        return new BulkRow(line, null, null, null, null, null, null, null, reason, raw);
    }
}
