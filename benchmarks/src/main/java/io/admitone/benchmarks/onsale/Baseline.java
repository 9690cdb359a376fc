package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Latencies;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lock-based reservation the hold is compared with: in one transaction, a conditional UPDATE of one hot quota
 * row and an INSERT of the reservation, on the same PostgreSQL, in a scratch schema, by as many threads as there
 * were buyers. The quota is large enough not to run out within the duration, so the rate is the row lock's.
 */
final class Baseline {

    static final String SCHEMA = "bench_baseline";

    record Result(double tps, long reservations, Latencies.Summary latencies) {
    }

    static Result run(String jdbcUrl, int concurrency, Duration duration) throws Exception {
        prepare(jdbcUrl);
        Latencies latencies = new Latencies();
        AtomicLong reservations = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                int buyer = i;
                executor.submit(() -> reserve(jdbcUrl, buyer, end, latencies.recorder(), reservations));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(Latencies.round(reservations.get() / seconds), reservations.get(), latencies.summary());
    }

    private static Void reserve(String jdbcUrl, int buyer, long end, List<Long> times, AtomicLong reservations)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", null);
             PreparedStatement take = db.prepareStatement("update " + SCHEMA
                     + ".quota set remaining = remaining - 2 where id = 1 and remaining >= 2");
             PreparedStatement record = db.prepareStatement("insert into " + SCHEMA
                     + ".reservation (quota_id, buyer, quantity) values (1, ?, 2)")) {
            db.setAutoCommit(false);
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                if (take.executeUpdate() == 1) {
                    record.setInt(1, buyer);
                    record.executeUpdate();
                    db.commit();
                    times.add(System.nanoTime() - sent);
                    reservations.incrementAndGet();
                } else {
                    db.rollback();
                    return null;
                }
            }
        }
        return null;
    }

    private static void prepare(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", null);
             Statement ddl = db.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            ddl.execute("create schema " + SCHEMA);
            ddl.execute("create table " + SCHEMA + ".quota (id int primary key, remaining int not null)");
            ddl.execute("create table " + SCHEMA + ".reservation (id bigserial primary key, quota_id int not null"
                    + " references " + SCHEMA + ".quota, buyer int not null, quantity int not null,"
                    + " reserved_at timestamptz not null default now())");
            ddl.execute("insert into " + SCHEMA + ".quota values (1, 2000000000)");
        }
    }
}
