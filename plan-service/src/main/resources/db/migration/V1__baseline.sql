-- Baseline of plan-service's own schema. The platform's migrations (db/platform: audit log, outbox) run first.
comment on schema public is 'Styrplan plan-service: plans, versions, target areas, goals and revision proposals';
