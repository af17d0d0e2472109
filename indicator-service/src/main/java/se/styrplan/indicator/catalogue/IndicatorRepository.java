package se.styrplan.indicator.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.styrplan.platform.web.Paging;

/** Finds indicators: by id, by key, and by the catalogue's filters. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    private static final char LIKE_ESCAPE = '\\';
    private static final String TITLE_PATTERN = "titlePattern";

    /** The indicator's header, when it exists: a projection, since series read it on every request. */
    public Optional<IndicatorHeader> header(UUID id) {
        return getEntityManager().createQuery("select new " + IndicatorHeader.class.getName()
                + "(i.id, i.key, i.unit, i.unitLabel, i.direction) from Indicator i where i.id = :id", IndicatorHeader.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<Indicator> findByKey(String key) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Indicator> query = cb.createQuery(Indicator.class);
        Root<Indicator> indicator = query.from(Indicator.class);
        query.where(cb.equal(indicator.get("key"), key));
        return getEntityManager().createQuery(query).getResultStream().findFirst();
    }

    /** One page of the matching indicators, sorted by title (then id, so that pages never overlap). */
    public List<Indicator> search(IndicatorFilter filter, Paging paging) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Indicator> query = cb.createQuery(Indicator.class);
        Root<Indicator> indicator = query.from(Indicator.class);
        query.where(matching(filter, cb, indicator))
                .orderBy(cb.asc(indicator.get("title")), cb.asc(indicator.get("id")));
        return bound(getEntityManager().createQuery(query), filter)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    public long count(IndicatorFilter filter) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Indicator> indicator = query.from(Indicator.class);
        query.select(cb.count(indicator)).where(matching(filter, cb, indicator));
        return bound(getEntityManager().createQuery(query), filter).getSingleResult();
    }

    private static Predicate[] matching(IndicatorFilter filter, CriteriaBuilder cb, Root<Indicator> indicator) {
        List<Predicate> where = new ArrayList<>();
        if (searchesTitle(filter)) {
            where.add(cb.like(folded(cb, indicator.get("title")),
                    folded(cb, cb.parameter(String.class, TITLE_PATTERN)), LIKE_ESCAPE));
        }
        if (filter.status() != null) {
            where.add(cb.equal(indicator.get("status"), filter.status()));
        }
        if (filter.source() != null) {
            where.add(cb.equal(indicator.get("source"), filter.source()));
        }
        if (filter.owningDepartment() != null) {
            where.add(cb.equal(indicator.get("owningDepartment"), filter.owningDepartment()));
        }
        if (filter.koladaKpiId() != null) {
            where.add(cb.equal(indicator.get("koladaKpiId"), filter.koladaKpiId()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Case and diacritics folded, so that "overnattningar" finds "Hotellövernattningar". unaccent runs first:
     * lower() of a non-ASCII capital depends on the database's locale, unaccent's mapping does not.
     */
    private static Expression<String> folded(CriteriaBuilder cb, Expression<String> text) {
        return cb.lower(cb.function("unaccent", String.class, text));
    }

    private static boolean searchesTitle(IndicatorFilter filter) {
        return filter.titleContains() != null && !filter.titleContains().isBlank();
    }

    /** The search text is always a bound parameter, never part of the SQL. */
    private static <T> TypedQuery<T> bound(TypedQuery<T> query, IndicatorFilter filter) {
        if (searchesTitle(filter)) {
            query.setParameter(TITLE_PATTERN, "%" + escapeLike(filter.titleContains().strip()) + "%");
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
