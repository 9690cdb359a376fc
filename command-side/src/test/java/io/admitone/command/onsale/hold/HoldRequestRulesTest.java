package io.admitone.command.onsale.hold;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.onsale.hold.HoldItem;
import io.admitone.kernel.onsale.hold.SeatChoice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR_PRICE;
import static io.admitone.command.onsale.hold.HoldFixtures.FRONT;
import static io.admitone.command.onsale.hold.HoldFixtures.TERMS;
import static io.admitone.command.onsale.hold.HoldFixtures.VENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HoldRequestRulesTest {

    @Test
    void namedSeatsComeFirstThenStandingPlacesAndZoneSeatsFromEverySectionOfTheZone() {
        List<Wanted> wanted = rules().wanted(List.of(new HoldItem(FLOOR, 2), new HoldItem(FRONT, 3)),
                List.of(new SeatChoice("C-1-4", FRONT), new SeatChoice("C-1-1", FRONT)));

        assertThat(wanted).hasSize(3);
        assertThat(wanted.get(0)).isInstanceOfSatisfying(Wanted.Seats.class,
                seats -> assertThat(seats.seats()).containsExactly("C-1-4", "C-1-1"));
        assertThat(wanted.get(1)).isEqualTo(new Wanted.Standing(FLOOR, FLOOR_PRICE, VENUE.section("Floor").orElseThrow(),
                2));
        assertThat(wanted.get(2)).isInstanceOfSatisfying(Wanted.Zone.class, zone -> assertThat(zone.sections())
                .extracting(section -> section.name()).containsExactly("A", "C"));
    }

    @Test
    void aTicketTypesPlacesInItemsAndSeatsTogetherMustKeepItsLimit() {
        assertThat(rejection(List.of(new HoldItem(FRONT, 400)), List.of(new SeatChoice("A-1-1", FRONT)),
                List.of()).code()).isEqualTo("limit-exceeded");
    }

    @Test
    void aSeatIsHeldOnlyWithATicketTypeOfItsZone() {
        assertThat(rejection(List.of(), List.of(new SeatChoice("A-1-1", FLOOR)), List.of()).code())
                .isEqualTo("invalid-hold");
    }

    @Test
    void anUnknownOrTwiceNamedSeatIsInvalid() {
        assertThat(rejection(List.of(), List.of(new SeatChoice("A-9-9", FRONT)), List.of()).code())
                .isEqualTo("invalid-hold");
        assertThat(rejection(List.of(), List.of(new SeatChoice("A-1-1", FRONT), new SeatChoice("A-1-1", FRONT)),
                List.of()).code()).isEqualTo("invalid-hold");
    }

    @Test
    void aTicketTypeTheCatalogDoesNotSellIsRejectedAsTheCatalogSays() {
        TicketTypeId unknown = TicketTypeId.random();
        assertThat(rejection(List.of(new HoldItem(unknown, 1)), List.of(), List.of(unknown)).code())
                .isEqualTo("ticket-type-not-found");
    }

    private static HoldRequestRules rules() {
        return new HoldRequestRules(VENUE, TERMS::get);
    }

    private static DomainRejection rejection(List<HoldItem> items, List<SeatChoice> seats,
                                             List<TicketTypeId> unsold) {
        HoldRequestRules rules = new HoldRequestRules(VENUE, id -> {
            if (unsold.contains(id)) {
                throw new Rejections.TicketTypeNotFound(id);
            }
            return TERMS.get(id);
        });
        return catchThrowableOfType(DomainRejection.class, () -> rules.wanted(items, seats));
    }
}
