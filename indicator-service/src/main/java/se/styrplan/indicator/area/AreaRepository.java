package se.styrplan.indicator.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads the area reference table and the comparison sets. */
@ApplicationScoped
public class AreaRepository {

    @Inject
    EntityManager em;

    public List<Area> all(AreaKind kind) {
        if (kind == null) {
            return em.createQuery("select a from Area a order by a.code", Area.class).getResultList();
        }
        return em.createQuery("select a from Area a where a.kind = :kind order by a.code", Area.class)
                .setParameter("kind", kind).getResultList();
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(em.find(Area.class, code));
    }

    /** Which of these codes name an area. */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select a.code from Area a where a.code in :codes", String.class)
                .setParameter("codes", codes).getResultStream().collect(Collectors.toSet());
    }

    public List<ComparisonSet> allSets() {
        return em.createQuery("select distinct s from ComparisonSet s join fetch s.ownArea left join fetch s.members order by s.code",
                ComparisonSet.class).getResultList();
    }

    public Optional<ComparisonSet> findSet(String code) {
        return em.createQuery("select s from ComparisonSet s join fetch s.ownArea left join fetch s.members where s.code = :code",
                ComparisonSet.class).setParameter("code", code).getResultStream().findFirst();
    }

    public static ComparisonSetView view(ComparisonSet set) {
        List<AreaView> members = set.members.stream()
                .sorted((a, b) -> a.code.compareTo(b.code)).map(AreaView::of).toList();
        return new ComparisonSetView(set.code, set.name, set.description, set.ownArea.code, members);
    }
}
