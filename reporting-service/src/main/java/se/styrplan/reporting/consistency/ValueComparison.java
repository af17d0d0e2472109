package se.styrplan.reporting.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrplan.platform.consistency.ValueFingerprints;
import se.styrplan.reporting.consistency.ConsistencyCheck.Difference;

/**
 * The read model's values against indicator-service's, every area, period and gender, by each indicator's count and
 * fingerprint: the comparison municipalities' values, Riket's and the open data's are checked too, not only the own
 * municipality's series that the statuses are computed from (a lost event of other areas' values showed nowhere else).
 */
@ApplicationScoped
class ValueComparison {

    static final String FIELD = "values of all areas";

    @Inject
    OwningServices services;

    @Inject
    EntityManager em;

    /** The indicators whose values differ; only among {@code only} when it is not null (a check of one plan). */
    List<Difference> differences(String token, Collection<UUID> only) {
        Map<UUID, String> source = new TreeMap<>();
        for (JsonNode entry : services.valueFingerprints(token)) {
            source.put(UUID.fromString(entry.path("indicatorId").asText()), describe(entry.path("values").asLong(),
                    entry.path("fingerprint").asText()));
        }
        Map<UUID, String> readModel = new TreeMap<>();
        ValueFingerprints.of(em, "measurement").forEach(f -> readModel.put(f.indicatorId(), describe(f.values(), f.fingerprint())));
        Set<UUID> indicators = new TreeSet<>(source.keySet());
        indicators.addAll(readModel.keySet());
        List<Difference> differences = new ArrayList<>();
        for (UUID id : indicators) {
            if ((only == null || only.contains(id)) && !Objects.equals(readModel.get(id), source.get(id))) {
                differences.add(new Difference("indicator", id.toString(), FIELD, readModel.get(id), source.get(id)));
            }
        }
        return differences;
    }

    private static String describe(long values, String fingerprint) {
        return values + " values, fingerprint " + fingerprint;
    }
}
