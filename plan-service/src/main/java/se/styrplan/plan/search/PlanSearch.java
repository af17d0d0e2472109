package se.styrplan.plan.search;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * Finds goals (by title or description) and indicator lines in a version. Matching ignores case and Swedish
 * diacritics, so "forsorja" finds "försörja": both sides go through the database's {@code fold()} (unaccent + lower).
 */
@ApplicationScoped
public class PlanSearch {

    private static final String HITS = """
            select 'goal' as kind, g.id as goal_id, g.title as goal_title, null::uuid as indicator_id, g.title as title,
                   ta.position as area_position, g.position as goal_position, -1 as indicator_position
              from goal g join target_area ta on ta.id = g.target_area_id
             where g.version_id = :version and (fold(g.title) like :pattern or fold(g.description::text) like :pattern)
            union all
            select 'indicator', g.id, g.title, gi.indicator_id, gi.title, ta.position, g.position, gi.position
              from goal_indicator gi join goal g on g.id = gi.goal_id join target_area ta on ta.id = g.target_area_id
             where g.version_id = :version and fold(gi.title) like :pattern
            """;

    @Inject
    EntityManager em;

    public Page<SearchHit> search(UUID versionId, String text, Paging paging) {
        String pattern = "%" + escape(fold(text)) + "%";
        long total = ((Number) em.createNativeQuery("select count(*) from (" + HITS + ") hits")
                .setParameter("version", versionId).setParameter("pattern", pattern).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, goal_id, goal_title, indicator_id, title from (" + HITS
                + ") hits order by area_position, goal_position, indicator_position")
                .setParameter("version", versionId).setParameter("pattern", pattern)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        List<SearchHit> hits = rows.stream()
                .map(r -> new SearchHit((String) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4])).toList();
        return Page.of(hits, paging, total);
    }

    private String fold(String text) {
        return (String) em.createNativeQuery("select fold(:text)").setParameter("text", text).getSingleResult();
    }

    /** The search text is literal: % and _ in it match themselves. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
