package se.styrplan.indicator.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorCatalogueService;
import se.styrplan.indicator.catalogue.IndicatorStatus;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.indicator.measurement.ValueRules;
import se.styrplan.platform.problem.ApiException;

/**
 * The Kolada sync: the values of every active indicator with a Kolada KPI id, for the comparison set's areas
 * (Karlstad, its comparison municipalities and Riket), since the last successful sync (Kolada's {@code from_date}) or
 * a given date. The KPI ids are first checked against Kolada's catalogue ({@code /kpi}): an id Kolada does not have
 * (any more) is left out, and its indicator's {@code koladaKpiIdChecked} stays false; the others become checked once
 * the sync succeeds. Every page is fetched and checked first; only then are the values applied, through the same chunks
 * as the bulk API, with source {@code kolada} ("Källa: Kolada"). So a malformed page or an unreachable Kolada fails
 * the job with nothing applied. A value Kolada marks {@code isdeleted} withdraws the value it had given: it becomes
 * suppressed (its earlier state stays in the history); values from other sources are not touched by deletions.
 * On demand ({@code POST /api/indicators/imports/kolada}) and on {@code styrplan.kolada.schedule}.
 */
@ApplicationScoped
public class KoladaSync {

    private static final Logger LOG = Logger.getLogger(KoladaSync.class);

    @Inject
    KoladaClient client;

    @Inject
    ImportJobs jobs;

    @Inject
    BulkImporter importer;

    @Inject
    AreaRepository areas;

    @Inject
    EntityManager em;

    @Inject
    IndicatorCatalogueService catalogue;

    @ConfigProperty(name = "styrplan.kolada.comparison-set", defaultValue = "karlstad-jamforelse")
    String comparisonSet;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kolada-sync");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Queues a sync and starts it in the background; 409 while another is queued or running. */
    public ImportJobView request(LocalDate fromDate) {
        if (jobs.busy(ImportKind.KOLADA)) {
            throw ApiException.conflict("import-running", "A Kolada sync is already queued or running");
        }
        ImportJob job = jobs.queue(spec(fromDate));
        worker.submit(() -> run(job.id, fromDate));
        return jobs.get(job.id);
    }

    @Scheduled(identity = "kolada-sync", cron = "${styrplan.kolada.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!jobs.busy(ImportKind.KOLADA)) {
            run(jobs.queue(spec(null)).id, null);
        }
    }

    private static ImportJobs.Spec spec(LocalDate fromDate) {
        return new ImportJobs.Spec(ImportKind.KOLADA, "kolada", null, null, "requests",
                fromDate == null ? null : "{\"fromDate\":\"" + fromDate + "\"}");
    }

    /** What to ask Kolada for: KPI id → the active indicators measured by it; the areas. */
    private record Target(Map<String, List<UUID>> indicators, Set<String> areas, Set<String> fromKolada, Set<UUID> unchecked) {
    }

    void run(UUID id, LocalDate fromDate) {
        if (!jobs.markRunning(id)) {
            return; // cancelled while queued
        }
        try {
            Target target = QuarkusTransaction.requiringNew().call(this::target);
            if (target.indicators().isEmpty()) {
                jobs.succeed(id);
                return;
            }
            LocalDate since = fromDate != null ? fromDate
                    : jobs.lastSucceeded(ImportKind.KOLADA).map(t -> t.atZoneSameInstant(ValueRules.ZONE).toLocalDate().minusDays(1))
                            .orElse(null);
            AtomicInteger requests = new AtomicInteger();
            Set<String> known = client.kpis(target.indicators().keySet(), done -> jobs.progress(id, requests.incrementAndGet(), null));
            if (known.size() < target.indicators().size()) {
                Set<String> unknown = new TreeSet<>(target.indicators().keySet());
                unknown.removeAll(known);
                LOG.warnf("Kolada sync %s: Kolada has no KPI %s; their indicators are left out and stay unchecked", id, unknown);
            }
            List<KoladaClient.Value> values = known.isEmpty() ? List.of()
                    : client.data(known, target.areas(), since, done -> jobs.progress(id, requests.incrementAndGet(), null));
            List<BulkRow> rows = rows(values, target);
            if (!rows.isEmpty()) {
                Iterator<BulkRow> next = rows.iterator();
                importer.importRows(jobs.load(id), () -> () -> next.hasNext() ? next.next() : null, requests::get,
                        MeasurementSource.KOLADA);
            } else {
                jobs.succeed(id);
            }
            for (String kpi : known) {
                target.indicators().get(kpi).stream().filter(target.unchecked()::contains).forEach(catalogue::markKoladaKpiIdChecked);
            }
        } catch (KoladaClient.Malformed e) {
            jobs.fail(id, "Kolada sent a malformed response, so nothing was applied: " + e.getMessage());
        } catch (KoladaClient.Unavailable e) {
            jobs.fail(id, e.getMessage() + "; nothing was applied");
        } catch (ApiException e) {
            LOG.warnf("Kolada sync %s failed: %s", id, e.getMessage()); // the job says why
        } catch (RuntimeException e) {
            LOG.errorf(e, "Kolada sync %s failed", id);
            jobs.fail(id, "an unexpected error stopped the sync (see the service log)");
        }
    }

    private Target target() {
        Map<String, List<UUID>> byKpi = new TreeMap<>();
        Set<UUID> unchecked = new HashSet<>();
        for (Indicator i : em.createQuery("select i from Indicator i where i.koladaKpiId is not null and i.status = :active",
                Indicator.class).setParameter("active", IndicatorStatus.ACTIVE).getResultList()) {
            byKpi.computeIfAbsent(i.koladaKpiId, k -> new ArrayList<>()).add(i.id);
            if (!i.koladaKpiIdChecked) {
                unchecked.add(i.id);
            }
        }
        Set<String> codes = new TreeSet<>();
        areas.findSet(comparisonSet).ifPresent(set -> set.members.forEach(a -> codes.add(a.code)));
        Set<String> fromKolada = new HashSet<>(em.createQuery("select concat(m.key.indicatorId, '/', m.key.areaCode, '/', m.key.period, "
                + "'/', m.key.gender) from Measurement m where m.source = :kolada", String.class)
                .setParameter("kolada", MeasurementSource.KOLADA).getResultList());
        return new Target(byKpi, codes, fromKolada, unchecked);
    }

    /** Kolada's values as the template's rows, one per indicator measured by the KPI; a row's line is its position. */
    private static List<BulkRow> rows(List<KoladaClient.Value> values, Target target) {
        List<BulkRow> rows = new ArrayList<>();
        long line = 0;
        for (KoladaClient.Value v : values) {
            for (UUID indicator : target.indicators().getOrDefault(v.kpi(), List.of())) {
                String status;
                String value = null;
                if (v.deleted()) {
                    if (!target.fromKolada().contains(indicator + "/" + v.municipality() + "/" + v.period() + "/" + v.gender())) {
                        continue; // nothing of Kolada's to withdraw
                    }
                    status = MeasurementStatus.SUPPRESSED.code();
                } else if (v.value() == null) {
                    status = MeasurementStatus.SUPPRESSED.code();
                } else {
                    status = v.status().toLowerCase().startsWith("prel") ? MeasurementStatus.PRELIMINARY.code() : MeasurementStatus.FINAL.code();
                    value = v.value().toPlainString();
                }
                rows.add(new BulkRow(++line, null, indicator.toString(), v.municipality(), v.period(), v.gender(), value, status, null,
                        null));
            }
        }
        return rows;
    }
}
