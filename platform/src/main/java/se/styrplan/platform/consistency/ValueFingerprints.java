package se.styrplan.platform.consistency;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * An order-independent fingerprint of each indicator's values, computed the same way by indicator-service (which owns
 * the values) and reporting-service (which keeps a copy of them all, every area, period and gender, from events), so
 * that the copy can tell whether it holds exactly the owner's data without moving the data.
 * <p>
 * Each value's row gives {@code area|period|gender|value|status|revision} (the value without trailing zeros, {@code -}
 * when suppressed); the fingerprint is the sum of the first 60 bits of each row's MD5, with the number of rows. A
 * missing, extra or different row changes it; the order the rows were written in does not.
 */
public final class ValueFingerprints {

    /** One indicator's values: how many, and their fingerprint (a decimal number, as text). */
    public record Fingerprint(UUID indicatorId, long values, String fingerprint) {
    }

    private static final String ROW_HASH = "('x' || substr(md5(area_code || '|' || period || '|' || gender || '|' "
            + "|| coalesce(trim_scale(value)::text, '-') || '|' || status || '|' || revision), 1, 15))::bit(60)::bigint";

    private ValueFingerprints() {
    }

    /**
     * The SQL that fingerprints {@code relation} (a table or a parenthesised, aliased query with the columns
     * {@code indicator_id, area_code, period, gender, value, status, revision}) per indicator, in indicator id order.
     */
    public static String perIndicator(String relation) {
        return "select indicator_id, count(*), coalesce(sum(" + ROW_HASH + "), 0)::text from " + relation
                + " group by indicator_id order by indicator_id";
    }

    /** The fingerprints of every indicator with values in {@code relation} (see {@link #perIndicator}). */
    public static List<Fingerprint> of(EntityManager em, String relation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(perIndicator(relation)).getResultList();
        return rows.stream().map(r -> new Fingerprint((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2])).toList();
    }
}
