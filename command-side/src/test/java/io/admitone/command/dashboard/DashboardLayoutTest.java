package io.admitone.command.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutSaved;
import io.admitone.kernel.dashboard.DashboardWidget;
import io.admitone.kernel.dashboard.SaveDashboardLayoutCommand;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

class DashboardLayoutTest {

    static final Instant EARLIER = Instant.parse("2027-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final UserId USER = UserId.of("8a4e2c1d-5b6f-4e3a-9c7d-1f2e3d4c5b6a");
    static final DashboardWidget SALES_TODAY = new DashboardWidget("sales-today", 1, 1, 2, 1);
    static final DashboardWidget CHECK_INS = new DashboardWidget("check-ins", 3, 1, 4, 2);
    static final DashboardWidget CHECK_INS_LOWER = new DashboardWidget("check-ins", 3, 2, 4, 2);

    private AggregateTestFixture<DashboardLayout> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DashboardLayout.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aMembersFirstSaveCreatesTheirLayout() {
        fixture.givenNoPriorActivity()
                .when(save(SALES_TODAY, CHECK_INS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DashboardLayoutSaved(TENANT, USER, List.of(SALES_TODAY, CHECK_INS), NOW));
    }

    @Test
    void aLaterSaveReplacesTheWholeLayout() {
        fixture.given(new DashboardLayoutSaved(TENANT, USER, List.of(SALES_TODAY, CHECK_INS), EARLIER))
                .when(save(CHECK_INS_LOWER))
                .expectEvents(new DashboardLayoutSaved(TENANT, USER, List.of(CHECK_INS_LOWER), NOW));
    }

    @Test
    void anEmptyLayoutIsALayoutToo() {
        fixture.given(new DashboardLayoutSaved(TENANT, USER, List.of(SALES_TODAY), EARLIER))
                .when(save())
                .expectEvents(new DashboardLayoutSaved(TENANT, USER, List.of(), NOW));
    }

    @Test
    void savingTheLayoutAlreadySavedRecordsNothing() {
        fixture.given(new DashboardLayoutSaved(TENANT, USER, List.of(SALES_TODAY, CHECK_INS), EARLIER))
                .when(save(SALES_TODAY, CHECK_INS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameWidgetsInAnotherOrderAreAnotherLayout() {
        fixture.given(new DashboardLayoutSaved(TENANT, USER, List.of(SALES_TODAY, CHECK_INS), EARLIER))
                .when(save(CHECK_INS, SALES_TODAY))
                .expectEvents(new DashboardLayoutSaved(TENANT, USER, List.of(CHECK_INS, SALES_TODAY), NOW));
    }

    @ParameterizedTest
    @MethodSource("layoutsOutsideTheLimits")
    void aLayoutOutsideTheLimitsIsRejected(List<DashboardWidget> widgets) {
        fixture.givenNoPriorActivity()
                .when(new SaveDashboardLayoutCommand(TENANT, USER, widgets))
                .expectException(InvalidDashboardLayout.class)
                .expectNoEvents();
    }

    static Stream<List<DashboardWidget>> layoutsOutsideTheLimits() {
        return Stream.of(
                Collections.nCopies(25, SALES_TODAY),
                List.of(new DashboardWidget("Sales Today", 1, 1, 1, 1)),
                List.of(new DashboardWidget("", 1, 1, 1, 1)),
                List.of(new DashboardWidget("x".repeat(65), 1, 1, 1, 1)),
                List.of(new DashboardWidget("sales-today", 13, 1, 1, 1)),
                List.of(new DashboardWidget("sales-today", 1, 0, 1, 1)),
                List.of(new DashboardWidget("sales-today", 1, 101, 1, 1)),
                List.of(new DashboardWidget("sales-today", 1, 1, 0, 1)),
                List.of(new DashboardWidget("sales-today", 1, 1, 1, 7)));
    }

    private static SaveDashboardLayoutCommand save(DashboardWidget... widgets) {
        return new SaveDashboardLayoutCommand(TENANT, USER, List.of(widgets));
    }
}
