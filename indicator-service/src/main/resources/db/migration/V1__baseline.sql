-- Baseline of indicator-service's own schema. The platform's migrations (db/platform: audit log, outbox) run first.
comment on schema public is 'Styrplan indicator-service: the indicator catalogue, yearly values, targets and imports';
