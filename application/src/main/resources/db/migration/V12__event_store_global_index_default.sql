-- Axon's JDBC storage engine leaves the global index to the database: each insert takes the next number of the
-- sequence that hands out every number (increment 1), in the same statement.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_global_index_seq');
alter sequence domain_event_entry_global_index_seq owned by domain_event_entry.global_index;
