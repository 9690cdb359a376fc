package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Who bought an order, as the API shows it to staff; null in an order whose buyer's personal data was erased. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Buyer(String name, String email) {

    static final String ERASED = "Erased buyer";

    /** The buyer in one line, or that the buyer was erased, so that an erased order never looks like a bug. */
    static String shown(Buyer buyer, boolean erased) {
        if (erased || buyer == null) {
            return ERASED;
        }
        return buyer.name() + " <" + buyer.email() + ">";
    }
}
