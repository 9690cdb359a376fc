package io.admitone.command.personaldata;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerErased;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.EraseBuyerCommand;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BuyerErasureTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    private static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    private static final TenantId OTHER = TenantId.of("5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d");
    private static final BuyerKeyId KEY = BuyerKeyId.of("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

    private final Keys keys = new Keys();
    private AggregateTestFixture<BuyerErasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BuyerErasure.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(keys);
        keys.held.put(KEY, TENANT);
    }

    @Test
    void erasingABuyerDeletesTheirKeyAndRecordsTheErasure() {
        fixture.givenNoPriorActivity()
                .when(new EraseBuyerCommand(KEY, TENANT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BuyerErased(TENANT, KEY, NOW));

        assertThat(keys.held).doesNotContainKey(KEY);
    }

    @Test
    void erasingAKeyThatIsGoneIsRejected() {
        keys.held.clear();

        fixture.givenNoPriorActivity()
                .when(new EraseBuyerCommand(KEY, TENANT))
                .expectException(BuyerAlreadyErased.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationCannotEraseTheKey() {
        fixture.givenNoPriorActivity()
                .when(new EraseBuyerCommand(KEY, OTHER))
                .expectException(BuyerAlreadyErased.class)
                .expectNoEvents();

        assertThat(keys.held).containsEntry(KEY, TENANT);
    }

    /** The vault's keys and their organisations; erasure is all the aggregate asks of it. */
    private static final class Keys implements BuyerVault {

        private final Map<BuyerKeyId, TenantId> held = new HashMap<>();

        @Override
        public boolean erase(TenantId tenant, BuyerKeyId keyId, Instant erasedAt) {
            return held.remove(keyId, tenant);
        }

        @Override
        public Optional<Instant> erasedAt(TenantId tenant, BuyerKeyId keyId) {
            throw new UnsupportedOperationException("an erasure need not look back");
        }

        @Override
        public SealedBuyer seal(TenantId tenant, Buyer buyer) {
            throw new UnsupportedOperationException("an erasure seals nobody");
        }

        @Override
        public Optional<Buyer> open(TenantId tenant, SealedBuyer buyer) {
            throw new UnsupportedOperationException("an erasure opens nobody");
        }

        @Override
        public Optional<BuyerKeyId> keyOf(TenantId tenant, String email) {
            throw new UnsupportedOperationException("an erasure is given its key");
        }
    }
}
