-- Baseline of reporting-service's own schema. The platform's migrations (db/platform: audit log, outbox) run first.
comment on schema public is 'Styrplan reporting-service: goal fulfilment, trends, reports and open data, built from events';
