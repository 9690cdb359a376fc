package io.admitone.projections.apikey;

import io.admitone.kernel.apikey.ApiKeyCreated;
import io.admitone.kernel.apikey.ApiKeyRevoked;
import io.admitone.kernel.identity.StaffRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static io.admitone.schema.jooq.Tables.API_KEY;

@Component
@ProcessingGroup(ApiKeyProjection.NAME)
class ApiKeyProjection {

    static final String NAME = "api-keys";

    private final DSLContext db;

    ApiKeyProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ApiKeyCreated event, TrackingToken token) {
        db.insertInto(API_KEY)
                .set(API_KEY.KEY_ID, event.keyId().value())
                .set(API_KEY.TENANT_ID, event.tenantId().value())
                .set(API_KEY.NAME, event.name())
                .set(API_KEY.KIND, event.kind().apiName())
                .set(API_KEY.ROLES, event.roles().stream().map(StaffRole::apiName).sorted().toArray(String[]::new))
                .set(API_KEY.PREFIX, event.prefix())
                .set(API_KEY.SECRET_HASH, event.secretHash())
                .set(API_KEY.CREATED_AT, event.createdAt())
                .set(API_KEY.POSITION, position(token))
                .onConflict(API_KEY.KEY_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(ApiKeyRevoked event, TrackingToken token) {
        db.update(API_KEY)
                .set(API_KEY.REVOKED_AT, event.revokedAt())
                .set(API_KEY.POSITION, position(token))
                .where(API_KEY.KEY_ID.eq(event.keyId().value()).and(API_KEY.REVOKED_AT.isNull()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(API_KEY).execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
