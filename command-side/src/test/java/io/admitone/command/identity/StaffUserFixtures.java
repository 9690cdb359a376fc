package io.admitone.command.identity;

import io.admitone.command.organisation.OrganisationHistories;
import io.admitone.command.organisation.Organisations;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.PlatformAdminRegistered;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Shared data of the staff user fixtures. Hashing is readable ({@code hashed:<password>}) and tokens are fixed, so
 * that expected events can be written out in full; {@code PasswordHasherTest} covers the real bcrypt.
 */
final class StaffUserFixtures {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final UserId USER = UserId.of("0b7e3c1a-5d2f-4e8b-9a61-3f2d1c0b9a87");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final TenantId OTHER_TENANT = TenantId.of("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    static final TenantId SUSPENDED_TENANT = TenantId.of("5e2d1c0b-9a87-4f6e-8d5c-4b3a2f1e0d9c");
    static final String PASSWORD = "correct horse battery";
    static final String EMAIL = "ada@example.com";
    static final SecretTokens TOKENS = new SecretTokens(() -> 42L);
    static final String TOKEN = TOKENS.newToken();
    static final Instant EXPIRES = NOW.plus(StaffInvitations.INVITATION_VALIDITY);
    static final PlatformAdminRegistered ADMIN =
            new PlatformAdminRegistered(USER, EMAIL, "Ada", "hashed:" + PASSWORD, NOW);
    static final StaffMemberInvited INVITED = invitedUntil(EXPIRES);
    static final MembershipGranted MEMBER = new MembershipGranted(USER, TENANT, Set.of(StaffRole.FINANCE), NOW);

    private StaffUserFixtures() {
    }

    static StaffMemberInvited invitedUntil(Instant expiresAt) {
        return new StaffMemberInvited(USER, EMAIL, "Ada", TENANT, Set.of(StaffRole.BOX_OFFICE),
                Digests.sha256Hex(TOKEN), expiresAt, NOW);
    }

    /** {@link #TENANT} and {@link #OTHER_TENANT} exist and are active; {@link #SUSPENDED_TENANT} is suspended. */
    static AggregateTestFixture<StaffUser> fixture(StaffEmailRegistry emails, OrganisationOwners owners) {
        AggregateTestFixture<StaffUser> fixture = new AggregateTestFixture<>(StaffUser.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(emails);
        fixture.registerInjectableResource(owners);
        fixture.registerInjectableResource(new PasswordHasher(new ReadableEncoder()));
        fixture.registerAnnotatedCommandHandler(
                new StaffInvitations(fixture.getRepository(), organisations(), emails, owners, TOKENS, clock));
        return fixture;
    }

    /** Matches a rejection by its code, for rejections whose class belongs to another package. */
    static Matcher<DomainRejection> rejectedAs(String code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "a rejection with code", "code") {
            @Override
            protected String featureValueOf(DomainRejection rejection) {
                return rejection.code();
            }
        };
    }

    private static Organisations organisations() {
        return OrganisationHistories.of(created(TENANT, "arena"), created(OTHER_TENANT, "hall"),
                created(SUSPENDED_TENANT, "closed"), new OrganisationSuspended(SUSPENDED_TENANT, "unpaid", NOW));
    }

    private static OrganisationCreated created(TenantId tenantId, String slug) {
        return new OrganisationCreated(tenantId, slug, slug, "EUR", "Europe/Berlin", "de-DE", NOW);
    }

    private static final class ReadableEncoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence password) {
            return "hashed:" + password;
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            return hash.equals(encode(password));
        }
    }
}
