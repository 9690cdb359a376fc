package io.admitone.admin.orders;

import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import org.springframework.http.HttpMethod;

import java.util.UUID;

/** The order API's writes on one order, as the signed-in staff member. */
record OrderCommands(AdmitOneApiClient api, UUID organisation, UUID orderId) {

    void markPaid() {
        api.send(HttpMethod.POST, path("/mark-paid"), null);
    }

    void cancel(CancelRequest request) {
        api.send(HttpMethod.POST, path("/cancel"), request);
    }

    void refund(RefundRequest request) {
        api.send(HttpMethod.POST, path("/refunds"), request);
    }

    private ApiPath path(String action) {
        return ApiPath.of("/api/v1/orgs/{orgId}/orders/{orderId}" + action, organisation, orderId);
    }
}
