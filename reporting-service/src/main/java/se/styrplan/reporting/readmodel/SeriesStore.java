package se.styrplan.reporting.readmodel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The measurement and target tables, in SQL: a batch of values is one upsert statement however large it is, and
 * a value is replaced only by a higher revision of it.
 */
@ApplicationScoped
public class SeriesStore {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One value to store; {@code value} is null when suppressed. */
    public record ValueRow(String areaCode, String period, String gender, BigDecimal value, String status, int revision) {
    }

    /** One stored value of an area. */
    public record StoredValue(String period, String gender, BigDecimal value, String status) {
    }

    public record StoredTarget(int year, BigDecimal value, String comment) {
    }

    /**
     * Inserts the values, or replaces a stored one when the incoming revision is higher; a lower or equal revision
     * (a replay, a late duplicate) leaves it as it is. At most one row per key in {@code values}.
     *
     * @return how many rows were inserted or replaced
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int upsertValues(UUID indicatorId, List<ValueRow> values) {
        if (values.isEmpty()) {
            return 0;
        }
        String rows;
        try {
            rows = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return em.createNativeQuery("""
                insert into measurement (indicator_id, area_code, period, gender, value, status, revision, updated_at)
                select :indicator, v."areaCode", v.period, v.gender, v.value, v.status, v.revision, now()
                from jsonb_to_recordset(cast(:rows as jsonb))
                    as v("areaCode" text, period text, gender text, value numeric, status text, revision int)
                on conflict (indicator_id, area_code, period, gender) do update
                    set value = excluded.value, status = excluded.status, revision = excluded.revision,
                        updated_at = excluded.updated_at
                    where measurement.revision < excluded.revision
                """).setParameter("indicator", indicatorId).setParameter("rows", rows).executeUpdate();
    }

    /** Every stored value of the indicator for one area, all genders. */
    @SuppressWarnings("unchecked")
    public List<StoredValue> values(UUID indicatorId, String areaCode) {
        List<Object[]> rows = em.createNativeQuery(
                "select period, gender, value, status from measurement where indicator_id = :indicator and area_code = :area")
                .setParameter("indicator", indicatorId).setParameter("area", areaCode).getResultList();
        return rows.stream().map(r -> new StoredValue((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3])).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setTarget(UUID indicatorId, int year, String gender, BigDecimal value, String comment) {
        em.createNativeQuery("""
                insert into indicator_target (indicator_id, year, gender, value, comment, updated_at)
                values (:indicator, :year, :gender, :value, :comment, now())
                on conflict (indicator_id, year, gender) do update
                    set value = excluded.value, comment = excluded.comment, updated_at = excluded.updated_at
                """).setParameter("indicator", indicatorId).setParameter("year", year).setParameter("gender", gender)
                .setParameter("value", value).setParameter("comment", comment).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeTarget(UUID indicatorId, int year, String gender) {
        em.createNativeQuery("delete from indicator_target where indicator_id = :indicator and year = :year and gender = :gender")
                .setParameter("indicator", indicatorId).setParameter("year", year).setParameter("gender", gender).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<StoredTarget> targets(UUID indicatorId, String gender) {
        List<Object[]> rows = em.createNativeQuery(
                "select year, value, comment from indicator_target where indicator_id = :indicator and gender = :gender order by year")
                .setParameter("indicator", indicatorId).setParameter("gender", gender).getResultList();
        return rows.stream().map(r -> new StoredTarget(((Number) r[0]).intValue(), (BigDecimal) r[1], (String) r[2])).toList();
    }
}
