package io.admitone.server.personaldata;

import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the data keys in {@code vault.buyer_key}: each sealed with the server's sealing key, and found by a keyed
 * digest of the organisation and the normalised e-mail address, so that the table holds no address. The unique
 * digest makes PostgreSQL the arbiter between concurrent first orders of one buyer: every one of them reads back the
 * one key that went in. Statements join the caller's transaction, so an erasure commits with its event. An erased
 * key leaves a tombstone: its id, organisation and when, without the key or the digest.
 */
@Component
class JdbcBuyerVault implements BuyerVault {

    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecretSeal serverSeal;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcBuyerVault(DataSource dataSource, SecretSeal serverSeal, JsonMapper json, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.serverSeal = serverSeal;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SealedBuyer seal(TenantId tenant, Buyer buyer) {
        String digest = digest(tenant, buyer.email());
        DataKey key = find(tenant, digest).orElseGet(() -> create(tenant, digest));
        return new SealedBuyer(key.id(), key.seal().seal(json.writeValueAsString(buyer)));
    }

    @Override
    public Optional<Buyer> open(TenantId tenant, SealedBuyer buyer) {
        return jdbc.sql("select data_key from vault.buyer_key where key_id = ? and tenant_id = ? "
                        + "and data_key is not null")
                .params(buyer.keyId().value(), tenant.value())
                .query(String.class)
                .optional()
                .map(sealedKey -> json.readValue(dataSeal(sealedKey).open(buyer.sealed()), Buyer.class));
    }

    @Override
    public Optional<BuyerKeyId> keyOf(TenantId tenant, String email) {
        return find(tenant, digest(tenant, email)).map(DataKey::id);
    }

    @Override
    public boolean erase(TenantId tenant, BuyerKeyId keyId, Instant erasedAt) {
        return jdbc.sql("update vault.buyer_key set data_key = null, email_digest = null, erased_at = ? "
                        + "where key_id = ? and tenant_id = ? and erased_at is null")
                .params(Timestamp.from(erasedAt), keyId.value(), tenant.value())
                .update() > 0;
    }

    @Override
    public Optional<Instant> erasedAt(TenantId tenant, BuyerKeyId keyId) {
        return jdbc.sql("select erased_at from vault.buyer_key where key_id = ? and tenant_id = ? "
                        + "and erased_at is not null")
                .params(keyId.value(), tenant.value())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private Optional<DataKey> find(TenantId tenant, String digest) {
        return jdbc.sql("select key_id, data_key from vault.buyer_key where tenant_id = ? and email_digest = ?")
                .params(tenant.value(), digest)
                .query((row, number) -> new DataKey(new BuyerKeyId(row.getObject("key_id", UUID.class)),
                        dataSeal(row.getString("data_key"))))
                .optional();
    }

    /** A concurrent first order of the same buyer may insert first; then this one's key is dropped for theirs. */
    private DataKey create(TenantId tenant, String digest) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.sql("insert into vault.buyer_key (key_id, tenant_id, email_digest, data_key, created_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (tenant_id, email_digest) do nothing")
                .params(BuyerKeyId.random().value(), tenant.value(), digest,
                        serverSeal.seal(Base64.getEncoder().encodeToString(key)), Timestamp.from(clock.instant()))
                .update();
        return find(tenant, digest).orElseThrow();
    }

    private SecretSeal dataSeal(String sealedKey) {
        return new SecretSeal(Base64.getDecoder().decode(serverSeal.open(sealedKey)));
    }

    /**
     * The organisation is part of the digest, so that the same buyer's rows in two organisations cannot be told to
     * be the same person; addresses are compared without surrounding blanks and case.
     */
    private String digest(TenantId tenant, String email) {
        return serverSeal.digest(tenant + ":" + email.strip().toLowerCase(Locale.ROOT));
    }

    private record DataKey(BuyerKeyId id, SecretSeal seal) {
    }
}
