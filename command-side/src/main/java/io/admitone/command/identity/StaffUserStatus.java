package io.admitone.command.identity;

/** Where a staff user is in their life: invited, then active once they accept, disabled for good. */
enum StaffUserStatus { INVITED, ACTIVE, DISABLED }
