package se.styrplan.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** Reads the audit log, newest first, filtered by entity or actor. */
@ApplicationScoped
public class AuditQuery {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public Page<AuditRecord> find(String entityType, String entityId, String actor, OffsetDateTime since, Paging paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (entityType != null) {
            where.append(" and a.entityType = :entityType");
            parameters.put("entityType", entityType);
        }
        if (entityId != null) {
            where.append(" and a.entityId = :entityId");
            parameters.put("entityId", entityId);
        }
        if (actor != null) {
            where.append(" and a.actor = :actor");
            parameters.put("actor", actor);
        }
        if (since != null) {
            where.append(" and a.at >= :since");
            parameters.put("since", since);
        }
        var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        var query = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size());
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<AuditRecord> items = new ArrayList<>();
        for (AuditEntry entry : query.getResultList()) {
            items.add(new AuditRecord(entry.id, entry.at, entry.actor, entry.action, entry.entityType, entry.entityId,
                    parse(entry.before), parse(entry.after), entry.requestId));
        }
        return Page.of(items, paging, count.getSingleResult());
    }

    private JsonNode parse(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON", e);
        }
    }
}
