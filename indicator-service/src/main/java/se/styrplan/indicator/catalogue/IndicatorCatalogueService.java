package se.styrplan.indicator.catalogue;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import se.styrplan.indicator.catalogue.events.IndicatorDefinitionChanged.Change;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * The indicator catalogue's rules. Every write records its audit entry and its event in the transaction of the
 * change itself, so that all three exist or none does.
 */
@ApplicationScoped
public class IndicatorCatalogueService {

    static final String ENTITY_TYPE = "indicator";
    static final String CREATE = "indicator.create";
    static final String UPDATE = "indicator.update";
    static final String RETIRE = "indicator.retire";

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditLog auditLog;

    @Inject
    IndicatorEvents events;

    /** The result of an upsert: whether it created the indicator decides between 201 and 200. */
    public record Upserted(IndicatorDefinition definition, boolean created) {
    }

    public Page<IndicatorDefinition> list(IndicatorFilter filter, Paging paging) {
        List<IndicatorDefinition> items = indicators.search(filter, paging).stream()
                .map(IndicatorMapper::toDefinition).toList();
        return Page.of(items, paging, indicators.count(filter));
    }

    public IndicatorDefinition get(UUID id) {
        return IndicatorMapper.toDefinition(existing(id));
    }

    @Transactional
    public IndicatorDefinition create(IndicatorDefinitionInput input) {
        return insert(UUID.randomUUID(), input);
    }

    /** Creates the indicator with this id, or makes it equal to the input; an identical input writes nothing. */
    @Transactional
    public Upserted upsert(UUID id, IndicatorDefinitionInput input) {
        Indicator indicator = indicators.findById(id);
        if (indicator == null) {
            return new Upserted(insert(id, input), true);
        }
        if (IndicatorMapper.toInput(indicator).equals(input)) {
            // the seed loader re-runs: nothing changed, so nothing to audit and no event to send
            return new Upserted(IndicatorMapper.toDefinition(indicator), false);
        }
        ensureKeyIsFree(input.key(), id);
        IndicatorDefinition before = IndicatorMapper.toDefinition(indicator);
        IndicatorMapper.apply(input, indicator);
        indicator.updatedAt = now();
        flush(input.key());
        IndicatorDefinition after = IndicatorMapper.toDefinition(indicator);
        auditLog.record(UPDATE, ENTITY_TYPE, id, before, after);
        events.definitionChanged(after, Change.UPDATED);
        return new Upserted(after, false);
    }

    /** Records that Kolada's live catalogue has the indicator's KPI id (the Kolada sync checks it); audited, with an event. */
    @Transactional
    public void markKoladaKpiIdChecked(UUID id) {
        Indicator indicator = existing(id);
        if (indicator.koladaKpiIdChecked) {
            return;
        }
        IndicatorDefinition before = IndicatorMapper.toDefinition(indicator);
        indicator.koladaKpiIdChecked = true;
        indicator.updatedAt = now();
        flush(indicator.key);
        IndicatorDefinition after = IndicatorMapper.toDefinition(indicator);
        auditLog.record(UPDATE, ENTITY_TYPE, id, before, after);
        events.definitionChanged(after, Change.UPDATED);
    }

    @Transactional
    public IndicatorDefinition retire(UUID id, RetireRequest request) {
        Indicator indicator = existing(id);
        if (indicator.status == IndicatorStatus.RETIRED) {
            throw ApiException.conflict("already-retired", "Indicator " + indicator.key + " is already retired");
        }
        ensureValidReplacement(id, request.replacedBy());
        IndicatorDefinition before = IndicatorMapper.toDefinition(indicator);
        indicator.status = IndicatorStatus.RETIRED;
        indicator.replacedBy = request.replacedBy();
        indicator.retiredReason = request.reason();
        indicator.updatedAt = now();
        flush(indicator.key);
        IndicatorDefinition after = IndicatorMapper.toDefinition(indicator);
        auditLog.record(RETIRE, ENTITY_TYPE, id, before, after);
        events.retired(after);
        return after;
    }

    private IndicatorDefinition insert(UUID id, IndicatorDefinitionInput input) {
        ensureKeyIsFree(input.key(), id);
        Indicator indicator = new Indicator();
        indicator.id = id;
        IndicatorMapper.apply(input, indicator);
        indicator.createdAt = now();
        indicator.updatedAt = indicator.createdAt;
        indicators.persist(indicator);
        flush(input.key());
        IndicatorDefinition created = IndicatorMapper.toDefinition(indicator);
        auditLog.record(CREATE, ENTITY_TYPE, id, null, created);
        events.definitionChanged(created, Change.CREATED);
        return created;
    }

    private Indicator existing(UUID id) {
        Indicator indicator = indicators.findById(id);
        if (indicator == null) {
            throw ApiException.notFound("Indicator", id);
        }
        return indicator;
    }

    private void ensureKeyIsFree(String key, UUID owner) {
        indicators.findByKey(key).filter(other -> !other.id.equals(owner)).ifPresent(other -> {
            throw duplicateKey(key);
        });
    }

    /** A replacement must be another indicator that is still in use (this also keeps replacement chains acyclic). */
    private void ensureValidReplacement(UUID id, UUID replacedBy) {
        if (replacedBy == null) {
            return;
        }
        if (replacedBy.equals(id)) {
            throw ApiException.invalid("replacedBy", "an indicator cannot replace itself");
        }
        Indicator replacement = indicators.findById(replacedBy);
        if (replacement == null) {
            throw ApiException.invalid("replacedBy", "no indicator has the id " + replacedBy);
        }
        if (replacement.status == IndicatorStatus.RETIRED) {
            throw ApiException.invalid("replacedBy", "indicator " + replacement.key + " is itself retired");
        }
    }

    /**
     * Writes now rather than at commit: the version and timestamps then go into the audit entry and the event, and
     * a concurrent writer (same key, same id, or the same indicator changed in between) becomes a 409, not a 500.
     */
    private void flush(String key) {
        try {
            indicators.flush();
        } catch (PersistenceException e) {
            throw conflictOr(e, key);
        }
    }

    private static RuntimeException conflictOr(PersistenceException e, String key) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                switch (violation.getConstraintName()) {
                    case "indicator_key_key":
                        return duplicateKey(key);
                    case "indicator_pkey":
                        return concurrentWrite();
                    default:
                        return e;
                }
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentWrite();
            }
        }
        return e;
    }

    private static ApiException concurrentWrite() {
        return ApiException.conflict("concurrent-write", "Another request wrote this indicator at the same time; try again");
    }

    /** PostgreSQL keeps microseconds: the audit entry and the event then carry exactly what a later read returns. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ApiException duplicateKey(String key) {
        return ApiException.conflict("duplicate-key", "An indicator with the key '" + key + "' already exists");
    }
}
