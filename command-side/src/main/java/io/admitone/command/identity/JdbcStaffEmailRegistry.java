package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps claimed e-mails in {@code command.staff_email}, whose primary key makes PostgreSQL the arbiter between
 * concurrent claims: the second insert waits for the first transaction and, once that commits, inserts nothing
 * and reads the winner — without the error that would abort its own transaction.
 */
@Component
class JdbcStaffEmailRegistry implements StaffEmailRegistry {

    private final JdbcTemplate jdbc;

    JdbcStaffEmailRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserId> claim(String email, UserId candidate) {
        int inserted = jdbc.update("""
                insert into command.staff_email (email_normalised, user_id) values (?, ?)
                on conflict (email_normalised) do nothing""", email, candidate.value());
        return inserted == 1 ? Optional.empty() : Optional.of(owner(email).orElseThrow());
    }

    @Override
    public Optional<UserId> owner(String email) {
        return jdbc.queryForList("select user_id from command.staff_email where email_normalised = ?", UUID.class, email)
                .stream().findFirst().map(UserId::new);
    }
}
