package se.styrplan.platform.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.slf4j.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.web.RequestIdFilter;

/**
 * Records writes in the append-only audit log, inside the caller's transaction: the entry exists exactly when
 * the change does.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of writes made by the platform itself (event consumers, scheduled jobs). */
    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser currentUser;

    /**
     * @param before the state before the write (null for a creation), serialised as JSON
     * @param after  the state after the write (null for a removal), serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = actor();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.before = toJson(before);
        entry.after = toJson(after);
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        entry.requestId = requestId == null ? null : requestId.toString();
        em.persist(entry);
        return entry;
    }

    private String actor() {
        boolean inRequest = Arc.container().requestContext().isActive();
        return inRequest && !currentUser.isAnonymous() ? currentUser.name() : SYSTEM;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write an audit snapshot of " + value.getClass().getName(), e);
        }
    }
}
