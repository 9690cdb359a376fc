package io.admitone.kernel.identity;

public sealed interface StaffUserEvent
        permits PlatformAdminRegistered, StaffMemberInvited, InvitationReissued, InvitationAccepted, MembershipGranted,
        MembershipRolesChanged, MembershipRevoked, PasswordChanged, StaffUserDisabled {

    UserId userId();
}
