-- A bulk import writes ~75 bytes of event JSON per value into the outbox, which the relay reads back and deletes
-- moments later. pglz, the default, spent a seventh of a chunk statement's time compressing it; lz4 costs a fraction
-- of that (measured: docs/benchmarks.md). PostgreSQL 14+ as Debian, the cloud providers and the compose image build it.
alter table outbox_event alter column envelope set compression lz4;
