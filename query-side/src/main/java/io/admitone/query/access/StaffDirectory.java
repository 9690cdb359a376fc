package io.admitone.query.access;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.STAFF_MEMBERSHIP;
import static io.admitone.schema.jooq.Tables.STAFF_USER;

/** Staff accounts by e-mail, and the caller an account signs in as. */
@Component
public class StaffDirectory {

    public record Account(UUID userId, String status, boolean platformAdmin, String passwordHash) {

        /** Only active users may act: invited ones have not accepted yet, disabled ones never will again. */
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final DSLContext db;

    StaffDirectory(DSLContext db) {
        this.db = db;
    }

    public Optional<Account> account(String email) {
        return db.select(STAFF_USER.USER_ID, STAFF_USER.STATUS, STAFF_USER.PLATFORM_ADMIN, STAFF_USER.PASSWORD_HASH)
                .from(STAFF_USER)
                .where(STAFF_USER.EMAIL.eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(Records.mapping(Account::new));
    }

    /** The caller that an active user with this e-mail acts as; empty for an unknown, invited or disabled one. */
    public Optional<Caller> activeCaller(String email) {
        return account(email).filter(Account::active).map(this::caller);
    }

    public Caller caller(Account account) {
        Map<TenantId, Set<StaffRole>> memberships = db.select(STAFF_MEMBERSHIP.TENANT_ID, STAFF_MEMBERSHIP.ROLES)
                .from(STAFF_MEMBERSHIP)
                .where(STAFF_MEMBERSHIP.USER_ID.eq(account.userId()))
                .fetchMap(record -> new TenantId(record.value1()), record -> RoleNames.parse(record.value2()));
        return new Caller(account.userId().toString(), account.platformAdmin(), memberships);
    }
}
