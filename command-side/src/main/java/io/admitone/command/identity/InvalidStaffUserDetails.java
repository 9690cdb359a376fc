package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;

class InvalidStaffUserDetails extends DomainRejection {

    InvalidStaffUserDetails(String field, String expected) {
        super("invalid-staff-user-details", Kind.UNPROCESSABLE, field + " must be " + expected);
    }
}
