-- pgbench custom script: one single-row INSERT per transaction into a scratch table (bench/run.sh creates it)
\set n random(1, 1000000)
INSERT INTO bench_scratch (payload) VALUES (:n);
