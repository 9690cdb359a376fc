package io.admitone.projections.identity;

import io.admitone.kernel.identity.InvitationAccepted;
import io.admitone.kernel.identity.InvitationReissued;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.MembershipRevoked;
import io.admitone.kernel.identity.MembershipRolesChanged;
import io.admitone.kernel.identity.PasswordChanged;
import io.admitone.kernel.identity.PlatformAdminRegistered;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.schema.jooq.tables.records.StaffUserRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.admitone.schema.jooq.Tables.STAFF_MEMBERSHIP;
import static io.admitone.schema.jooq.Tables.STAFF_USER;

/**
 * Writes users and their memberships in one processing group, so both tables stand at the same event. A
 * membership is written only when its user's row moved forward, which makes a redelivered event change nothing.
 */
@Component
@ProcessingGroup(StaffUserProjection.NAME)
class StaffUserProjection {

    static final String NAME = "staff-users";

    private final DSLContext db;

    StaffUserProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(PlatformAdminRegistered event, TrackingToken token) {
        StaffUserRecord row = newUser(event.userId(), event.email(), event.displayName(), "ACTIVE");
        row.setPlatformAdmin(true);
        row.setPasswordHash(event.passwordHash());
        insert(row, event.registeredAt(), token);
    }

    @EventHandler
    void on(StaffMemberInvited event, TrackingToken token) {
        StaffUserRecord row = newUser(event.userId(), event.email(), event.displayName(), "INVITED");
        row.setPlatformAdmin(false);
        if (insert(row, event.invitedAt(), token) > 0) {
            putMembership(event.userId(), event.tenantId(), event.roles());
        }
    }

    /** The read model keeps nothing of invitations but the status, which stays {@code INVITED}. */
    @EventHandler
    void on(InvitationReissued event, TrackingToken token) {
        update(event.userId(), event.reissuedAt(), token, UnaryOperator.identity());
    }

    @EventHandler
    void on(InvitationAccepted event, TrackingToken token) {
        update(event.userId(), event.acceptedAt(), token, row -> row
                .set(STAFF_USER.STATUS, "ACTIVE")
                .set(STAFF_USER.PASSWORD_HASH, event.passwordHash()));
    }

    @EventHandler
    void on(MembershipGranted event, TrackingToken token) {
        if (update(event.userId(), event.grantedAt(), token, UnaryOperator.identity()) > 0) {
            putMembership(event.userId(), event.tenantId(), event.roles());
        }
    }

    @EventHandler
    void on(MembershipRolesChanged event, TrackingToken token) {
        if (update(event.userId(), event.changedAt(), token, UnaryOperator.identity()) > 0) {
            putMembership(event.userId(), event.tenantId(), event.roles());
        }
    }

    @EventHandler
    void on(MembershipRevoked event, TrackingToken token) {
        if (update(event.userId(), event.revokedAt(), token, UnaryOperator.identity()) > 0) {
            db.deleteFrom(STAFF_MEMBERSHIP)
                    .where(STAFF_MEMBERSHIP.USER_ID.eq(event.userId().value()))
                    .and(STAFF_MEMBERSHIP.TENANT_ID.eq(event.tenantId().value()))
                    .execute();
        }
    }

    @EventHandler
    void on(PasswordChanged event, TrackingToken token) {
        update(event.userId(), event.changedAt(), token, row -> row.set(STAFF_USER.PASSWORD_HASH, event.passwordHash()));
    }

    @EventHandler
    void on(StaffUserDisabled event, TrackingToken token) {
        update(event.userId(), event.disabledAt(), token, row -> row.set(STAFF_USER.STATUS, "DISABLED"));
    }

    @ResetHandler
    void reset() {
        db.truncate(STAFF_MEMBERSHIP, STAFF_USER).execute();
    }

    private StaffUserRecord newUser(UserId userId, String email, String displayName, String status) {
        StaffUserRecord row = db.newRecord(STAFF_USER);
        row.setUserId(userId.value());
        row.setEmail(email);
        row.setDisplayName(displayName);
        row.setStatus(status);
        return row;
    }

    private int insert(StaffUserRecord row, Instant createdAt, TrackingToken token) {
        row.setCreatedAt(createdAt);
        row.setUpdatedAt(createdAt);
        row.setPosition(position(token));
        return db.insertInto(STAFF_USER).set(row).onConflict(STAFF_USER.USER_ID).doNothing().execute();
    }

    /** Applies {@code changes} only to a row older than the event, so a redelivery never undoes a later event. */
    private int update(UserId userId, Instant updatedAt, TrackingToken token,
                       UnaryOperator<UpdateSetMoreStep<StaffUserRecord>> changes) {
        long position = position(token);
        return changes.apply(db.update(STAFF_USER)
                        .set(STAFF_USER.UPDATED_AT, updatedAt)
                        .set(STAFF_USER.POSITION, position))
                .where(STAFF_USER.USER_ID.eq(userId.value()).and(STAFF_USER.POSITION.lt(position)))
                .execute();
    }

    /** Copies the user's e-mail and name along, so the member list needs nothing outside its tenant's rows. */
    private void putMembership(UserId userId, TenantId tenantId, Set<StaffRole> roles) {
        String[] names = roles.stream().map(StaffRole::apiName).sorted().toArray(String[]::new);
        db.insertInto(STAFF_MEMBERSHIP, STAFF_MEMBERSHIP.USER_ID, STAFF_MEMBERSHIP.TENANT_ID, STAFF_MEMBERSHIP.EMAIL,
                        STAFF_MEMBERSHIP.DISPLAY_NAME, STAFF_MEMBERSHIP.ROLES)
                .select(DSL.select(STAFF_USER.USER_ID, DSL.val(tenantId.value()), STAFF_USER.EMAIL,
                                STAFF_USER.DISPLAY_NAME, DSL.val(names))
                        .from(STAFF_USER).where(STAFF_USER.USER_ID.eq(userId.value())))
                .onConflict(STAFF_MEMBERSHIP.USER_ID, STAFF_MEMBERSHIP.TENANT_ID)
                .doUpdate().set(STAFF_MEMBERSHIP.ROLES, names)
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
