package io.admitone.admin.apikeys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.ui.ShownOnce;
import io.admitone.admin.ui.Times;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.apikey.ApiKeyKind;
import org.springframework.http.HttpMethod;

import java.util.UUID;

/** The organisation's API keys, revoked ones included: created here, with a secret key shown once, and revoked. */
@Route(value = "api-keys", layout = AdminLayout.class)
@PageTitle("API keys · AdmitOne")
@Requires(Operation.API_KEYS_MANAGE)
@StyleSheet("styles/integrations.css")
public class ApiKeysView extends Main {

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final Select<ApiKeyKind> kind = new Select<>();
    private final Checkbox hideRevoked = new Checkbox("Hide revoked keys");
    private final Grid<ApiKey> keys = new Grid<>(ApiKey.class, false);
    private final LazyList<ApiKey> list;

    public ApiKeysView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("integrations-screen");
        configureGrid();
        list = LazyList.attach(keys, cursor -> api.page(ApiPath.of("/api/v1/orgs/{orgId}/api-keys", organisation)
                .with("kind", kind.getValue() == null ? null : kind.getValue().apiName())
                .with("revoked", hideRevoked.getValue() ? "false" : null)
                .with("cursor", cursor), ApiKey.class));
        add(new H2("API keys"), new Paragraph("Secret keys let integrations call the API with the roles they are "
                + "given; publishable keys only name the organisation in storefront pages."), toolbar(), keys);
    }

    private Div toolbar() {
        kind.setLabel("Kind");
        kind.setItems(ApiKeyKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "All kinds" : value.apiName());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All kinds");
        kind.setId("api-keys-kind");
        kind.addValueChangeListener(change -> list.reload());
        hideRevoked.addValueChangeListener(change -> list.reload());
        Button create = new Button("Create API key", click -> new NewApiKeyDialog(api, organisation, this::created).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div toolbar = new Div(kind, hideRevoked, create);
        toolbar.addClassName("integrations-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        keys.setId("api-keys-grid");
        keys.addColumn(ApiKey::name).setHeader("Name").setFlexGrow(2);
        keys.addColumn(key -> key.kind().apiName()).setHeader("Kind");
        keys.addColumn(key -> String.join(", ", key.roles())).setHeader("Roles").setFlexGrow(2);
        keys.addColumn(ApiKey::shownKey).setHeader("Key").setKey("key").setFlexGrow(2);
        keys.addColumn(key -> Times.shown(key.createdAt())).setHeader("Created");
        keys.addColumn(key -> key.lastUsedAt() == null ? "never" : Times.shown(key.lastUsedAt())).setHeader("Last used");
        keys.addColumn(key -> key.revoked() ? "revoked " + Times.shown(key.revokedAt()) : "").setHeader("Revoked")
                .setKey("revoked");
        keys.addComponentColumn(this::revokeButton).setHeader("Actions").setKey("actions").setAutoWidth(true);
    }

    private Button revokeButton(ApiKey key) {
        Button revoke = new Button("Revoke", click -> confirmRevoking(key));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        revoke.getElement().setAttribute("aria-label", "Revoke " + key.name());
        revoke.setVisible(!key.revoked());
        return revoke;
    }

    private void confirmRevoking(ApiKey key) {
        ConfirmDialog confirm = new ConfirmDialog("Revoke " + key.name() + "?",
                "Calls with this key fail from now on. A revoked key cannot be used again.", "Revoke", yes -> revoke(key));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke(ApiKey key) {
        try {
            api.send(HttpMethod.DELETE, ApiPath.of("/api/v1/orgs/{orgId}/api-keys/{keyId}", organisation, key.id()), null);
            Notification.show(key.name() + " is revoked.");
            list.reload();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void created(IssuedApiKey issued) {
        list.reload();
        if (issued.kind() == ApiKeyKind.SECRET) {
            ShownOnce.open("Secret API key created", "Secret key", issued.key(),
                    "Give this key to the integration: it sends it as Authorization: Bearer with every call. "
                            + "AdmitOne keeps only a digest of it.");
        } else {
            Notification.show("Publishable key " + issued.key() + " created.");
        }
    }
}
