package se.styrplan.indicator.measurement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.platform.web.Paging;

/** Reads measurements and their history; every query is served by the table's indexes. */
@ApplicationScoped
public class MeasurementRepository {

    @Inject
    EntityManager em;

    /**
     * The stored measurements among {@code keys} (all of one indicator), locked for update until the transaction
     * ends, so that two corrections of one value cannot both read the same revision.
     */
    Map<MeasurementKey, Measurement> lockExisting(UUID indicatorId, Collection<MeasurementKey> keys) {
        Set<String> areas = keys.stream().map(k -> k.areaCode).collect(Collectors.toSet());
        Set<String> periods = keys.stream().map(k -> k.period).collect(Collectors.toSet());
        List<Measurement> found = em.createQuery("select m from Measurement m where m.key.indicatorId = :id "
                + "and m.key.areaCode in :areas and m.key.period in :periods", Measurement.class)
                .setParameter("id", indicatorId).setParameter("areas", areas).setParameter("periods", periods)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<MeasurementKey, Measurement> byKey = new HashMap<>();
        found.forEach(m -> byKey.put(m.key, m));
        byKey.keySet().retainAll(Set.copyOf(keys));
        return byKey;
    }

    Measurement find(MeasurementKey key) {
        return em.find(Measurement.class, key);
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    /** One indicator, area and gender, years {@code fromYear} to {@code toYear} (both included, either may be null). */
    /**
     * A series' points, read as values rather than entities: the series is the most read thing there is, and a
     * projection skips building, tracking and dirty-checking a managed entity per point.
     */
    List<Series.Point> series(UUID indicatorId, String areaCode, String gender, Integer fromYear, Integer toYear) {
        // a period starts with its year, so years compare as text: '2025H2' < '2026'
        String where = "m.key.indicatorId = :id and m.key.areaCode = :area and m.key.gender = :gender"
                + (fromYear == null ? "" : " and m.key.period >= :from")
                + (toYear == null ? "" : " and m.key.period < :until");
        TypedQuery<Series.Point> query = em.createQuery("select new " + Series.Point.class.getName()
                + "(m.key.period, m.value, m.status, m.source, m.revision, m.recordedAt) from Measurement m where " + where
                + " order by m.key.period", Series.Point.class)
                .setParameter("id", indicatorId).setParameter("area", areaCode).setParameter("gender", gender);
        if (fromYear != null) {
            query.setParameter("from", String.format("%04d", fromYear));
        }
        if (toYear != null) {
            query.setParameter("until", String.format("%04d", toYear + 1));
        }
        return query.getResultList();
    }

    /** The earlier states of a value, newest first. */
    List<MeasurementHistoryEntry> history(MeasurementKey key) {
        return em.createQuery("select h from MeasurementHistoryEntry h where h.indicatorId = :id and h.areaCode = :area "
                + "and h.period = :period and h.gender = :gender order by h.newRevision desc, h.id desc", MeasurementHistoryEntry.class)
                .setParameter("id", key.indicatorId).setParameter("area", key.areaCode)
                .setParameter("period", key.period).setParameter("gender", key.gender)
                .getResultList();
    }

    /** One indicator's values for one period and gender in these areas. */
    List<Measurement> inAreas(UUID indicatorId, String period, String gender, Collection<String> areaCodes) {
        return em.createQuery("select m from Measurement m where m.key.indicatorId = :id and m.key.period = :period "
                + "and m.key.gender = :gender and m.key.areaCode in :areas", Measurement.class)
                .setParameter("id", indicatorId).setParameter("period", period).setParameter("gender", gender)
                .setParameter("areas", areaCodes).getResultList();
    }

    /** One page of a cross-section: the values of every indicator for one period, area and gender, by indicator title. */
    List<Object[]> crossSection(String period, String areaCode, String gender, String department, Paging paging) {
        TypedQuery<Object[]> query = em.createQuery("select m, i from Measurement m, Indicator i where "
                + crossSectionWhere(department) + " order by i.title, i.id", Object[].class);
        return bind(query, period, areaCode, gender, department)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    long crossSectionCount(String period, String areaCode, String gender, String department) {
        TypedQuery<Long> query = em.createQuery("select count(m) from Measurement m, Indicator i where "
                + crossSectionWhere(department), Long.class);
        return bind(query, period, areaCode, gender, department).getSingleResult();
    }

    private static String crossSectionWhere(String department) {
        return "i.id = m.key.indicatorId and m.key.period = :period and m.key.areaCode = :area and m.key.gender = :gender"
                + (department == null ? "" : " and i.owningDepartment = :department");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String period, String areaCode, String gender, String department) {
        query.setParameter("period", period).setParameter("area", areaCode).setParameter("gender", gender);
        if (department != null) {
            query.setParameter("department", department);
        }
        return query;
    }

    static CrossSectionValue crossSectionValue(Object[] row) {
        Measurement m = (Measurement) row[0];
        Indicator i = (Indicator) row[1];
        return new CrossSectionValue(i.id, i.key, i.title, i.unit, i.direction, i.owningDepartment, m.key.areaCode, m.key.period,
                Gender.valueOf(m.key.gender), m.value, m.status, m.source, m.revision, m.recordedAt);
    }
}
