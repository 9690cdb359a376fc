package io.admitone.server.plugins;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.onsale.OnSaleFixture;
import io.admitone.server.webhooks.WebhookReceiver;
import io.admitone.server.webhooks.WebhookRequests;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plugins end to end: the plugin starter's payment provider, compiled here from its sources, is installed by a
 * platform admin, enabled for one organisation only with settings its schema checks, sells there and nowhere else, is
 * disabled and upgraded; incompatible, broken and over-reaching plugins are refused with their reason while the
 * server goes on; a release the plugin index lists is installed by name; the bundled countdown widget shows for the
 * organisation that enabled it, and the bundled e-mail plugin mails buyers through a real SMTP server (GreenMail).
 */
class PluginsTest extends ServerIntegrationTest {

    private static final Path WORK = temporaryDirectory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final String JAR = "application/java-archive";
    private static final String PLUGIN = "bank-transfer";
    private static final Map<String, Object> SETTINGS = Map.of("iban", "DE89370400440532013000",
            "accountHolder", "Arena Tickets GmbH");

    @DynamicPropertySource
    static void pluginsDirectory(DynamicPropertyRegistry registry) {
        registry.add("admitone.plugins.directory", () -> WORK.resolve("plugins").toString());
        registry.add("admitone.plugins.index", () -> WORK.resolve("index.json").toUri().toString());
        registry.add("admitone.webhooks.allow-private-targets", () -> "true");
    }

    @Test
    void theStartersPluginSellsForTheOrganisationThatEnabledItAndNowhereElse() {
        JsonNode installed = install(PluginBuilder.starter("1.0.0")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(installed.get("id").asString()).isEqualTo(PLUGIN);
        assertThat(installed.get("permissions").toString()).isEqualTo("[\"payments\"]");
        admin.get().uri(PluginsController.PLUGINS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.id == 'bank-transfer')].version").isEqualTo("1.0.0");

        OnSaleFixture enabling = OnSaleFixture.onSale(admin, http, createOrganisation("plugin-user"));
        OnSaleFixture other = OnSaleFixture.onSale(admin, http, createOrganisation("plugin-stranger"));
        configure(enabling.org(), Map.of("iban", "not an account")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("invalid-plugin-settings")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("settings.iban", "settings.accountHolder"));
        configure(enabling.org(), SETTINGS).expectStatus().isNoContent();
        awaitEnabled(enabling.org(), true);

        assertThat(order(enabling, "transfer").expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        order(enabling, "card").expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("unknown-payment-method");
        order(other, "transfer").expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("unknown-payment-provider");

        admin.delete().uri(OrganisationPluginsController.PLUGINS + "/" + PLUGIN, enabling.org()).exchange()
                .expectStatus().isNoContent();
        awaitEnabled(enabling.org(), false);
        order(enabling, "transfer").expectStatus().isEqualTo(422);

        install(PluginBuilder.starter("1.1.0")).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo("1.1.0");
        install(PluginBuilder.starter("1.0.1")).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("plugin-not-newer");
        configure(enabling.org(), SETTINGS).expectStatus().isNoContent();
        awaitEnabled(enabling.org(), true);
        order(enabling, "transfer").expectStatus().isCreated();

        WebTestClient finance = member(enabling.org(), StaffRole.FINANCE);
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get()
                .uri("/api/v1/orgs/{org}/audit/events?type=PluginEnabled", enabling.org()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("items").size() == 2);
    }

    @Test
    void incompatibleBrokenAndOverreachingPluginsAreRefusedWithTheirReason() {
        install(PluginBuilder.starter("1.0.0").descriptor("plugin.id", "too-new")
                .descriptor("plugin.requires", ">=2.0.0")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("incompatible-plugin")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains(">=2.0.0", "plugin API 1.0.0"));
        install(PluginBuilder.plugin("broken", "1.0.0").descriptor("plugin.class", "com.example.broken.Broken")
                .source("com.example.broken.Broken", """
                        package com.example.broken;
                        public class Broken extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                throw new IllegalStateException("cannot reach the gateway");
                            }
                        }""")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("broken-plugin")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("cannot reach the gateway"));
        install(PluginBuilder.starter("1.0.0").descriptor("plugin.id", "overreaching")
                .descriptor("plugin.permissions", null)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("invalid-plugin")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("'payments'"));
        install(PluginBuilder.plugin("no-descriptor", "1.0.0").descriptor("plugin.id", null)
                .descriptor("plugin.version", null).descriptor("plugin.requires", null)
                .descriptor("plugin.description", null)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("invalid-plugin");

        admin.get().uri(PluginsController.PLUGINS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.id in ['too-new', 'broken', 'overreaching'])]").isEmpty();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aReleaseThePluginIndexListsIsInstalledByName() throws IOException {
        Path jar = PluginBuilder.starter("1.0.0").descriptor("plugin.id", "listed-transfer").build(WORK);
        Files.writeString(WORK.resolve("index.json"), """
                {"plugins": [{"id": "listed-transfer", "version": "1.0.0", "description": "Bank transfer, listed",
                              "jar": "%s"}]}""".formatted(jar.getFileName()));
        admin.get().uri(PluginsController.PLUGINS + "/available").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[0].id").isEqualTo("listed-transfer")
                .jsonPath("$.plugins[0].installedVersion").doesNotExist();

        admin.post().uri(PluginsController.PLUGINS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "listed-transfer", "version", "1.0.0")).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo("1.0.0");
        admin.get().uri(PluginsController.PLUGINS + "/available").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[0].installedVersion").isEqualTo("1.0.0");
        admin.post().uri(PluginsController.PLUGINS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "listed-transfer", "version", "9.9.9")).exchange()
                .expectStatus().isNotFound();
        admin.delete().uri(PluginsController.PLUGINS + "/listed-transfer").exchange().expectStatus().isNoContent();
        admin.get().uri(PluginsController.PLUGINS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.id == 'listed-transfer')]").isEmpty();
    }

    @Test
    void theBundledCountdownWidgetShowsOnTheDashboardsOfTheOrganisationThatEnabledIt() {
        admin.get().uri(PluginsController.PLUGINS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.id == 'countdown-widget')].permissions[0]").isEqualTo("dashboard");
        String enabling = createOrganisation("widget-user");
        String other = createOrganisation("widget-stranger");
        LocalDate festival = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        admin.put().uri(OrganisationPluginsController.PLUGINS + "/countdown-widget", enabling)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("settings", Map.of("title", "Summer festival", "date", festival.toString())))
                .exchange().expectStatus().isNoContent();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> member(enabling, StaffRole.BOX_OFFICE).get()
                .uri("/api/v1/orgs/{org}/plugin-widgets", enabling).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.widgets[0].pluginId").isEqualTo("countdown-widget")
                .jsonPath("$.widgets[0].title").isEqualTo("Countdown")
                .jsonPath("$.widgets[0].content.headline").isEqualTo("10 days")
                .jsonPath("$.widgets[0].content.lines[0].label").isEqualTo("Summer festival")
                .jsonPath("$.widgets[0].content.lines[0].value").isEqualTo(festival.toString()));
        member(other, StaffRole.OWNER).get().uri("/api/v1/orgs/{org}/plugin-widgets", other).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.widgets").isEmpty();
    }

    @Test
    void theBundledEmailPluginMailsBuyersTheirTicketsAndRefundsInTheOrganisationsBranding() throws Exception {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("mailing"));
        admin.patch().uri("/api/v1/orgs/{org}", onSale.org()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Arena Tickets", "primaryColour", "#123456",
                        "emailSenderName", "Arena Box Office", "emailSenderAddress", "box-office@arena.example")))
                .exchange().expectStatus().is2xxSuccessful();
        Map<String, Object> smtp = Map.of("host", "127.0.0.1", "port", SMTP.getSmtp().getPort(), "startTls", false);
        Map<String, Object> withPassword = new HashMap<>(smtp);
        withPassword.put("password", "s3cret-smtp");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", onSale.org())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.emailSenderAddress").isEqualTo("box-office@arena.example"));
        configure(onSale.org(), "email-smtp", withPassword).expectStatus().isNoContent();
        configure(onSale.org(), "email-smtp", smtp).expectStatus().isNoContent();
        awaitEnabled(onSale.org(), "email-smtp");
        admin.get().uri(OrganisationPluginsController.PLUGINS, onSale.org()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.plugins[?(@.plugin.id == 'email-smtp')].settings.password").isEqualTo(null);
        JsonNode recorded = await().atMost(Duration.ofSeconds(30)).until(() -> member(onSale.org(), StaffRole.FINANCE)
                .get().uri("/api/v1/orgs/{org}/audit/events?aggregateType=OrganisationPlugin", onSale.org())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("items"), items -> !items.isEmpty());
        assertThat(recorded).as("the same settings again, the password left out, change nothing").hasSize(1);
        assertThat(recorded.get(0).get("payload").toString()).doesNotContain("s3cret-smtp").contains("v1.");

        JsonNode order = onSale.ordered(onSale.held(onSale.holdItem(onSale.floor(), 2)), "test", "card-success");

        MimeMessage confirmation = awaitMail(1);
        assertThat(confirmation.getSubject()).isEqualTo("Your tickets from Arena Tickets");
        assertThat(confirmation.getAllRecipients()[0].toString()).contains("ada@example.org");
        assertThat(confirmation.getFrom()[0].toString()).isEqualTo("Arena Box Office <box-office@arena.example>");
        String confirmed = part(confirmation, 0);
        assertThat(confirmed).contains("Hello Ada Buyer", order.get("orderId").asString());
        assertThat(part(confirmation, 1)).contains("background:#123456", "Arena Tickets", "Hello Ada Buyer");
        List<String> codes = ticketCodes(onSale, order.get("orderId").asString());
        assertThat(codes).hasSize(2).allSatisfy(code -> assertThat(confirmed).contains(code));

        member(onSale.org(), StaffRole.BOX_OFFICE).post()
                .uri("/api/v1/orgs/{org}/orders/{order}/refunds", onSale.org(), order.get("orderId").asString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", Map.of("amount", "10.00", "currency", "EUR"), "reason", "goodwill"))
                .exchange().expectStatus().isCreated();
        MimeMessage refund = awaitMail(2);
        assertThat(refund.getSubject()).isEqualTo("Your refund from Arena Tickets");
        assertThat(part(refund, 0)).contains("we refunded 10.00 EUR", "goodwill");
    }

    @Test
    void thePerformanceRemindersJobRemindsBuyersOfAPerformanceAboutToStartOnceWhenRunFromTheAdminApi()
            throws Exception {
        OnSaleFixture tonight = OnSaleFixture.onSale(admin, http, createOrganisation("reminding"),
                Instant.now().plus(Duration.ofHours(3)));
        configure(tonight.org(), "email-smtp", Map.of("host", "127.0.0.1", "port", SMTP.getSmtp().getPort(),
                "startTls", false, "fromAddress", "tickets@reminding.example")).expectStatus().isNoContent();
        awaitEnabled(tonight.org(), "email-smtp");
        JsonNode order = tonight.ordered(tonight.held(tonight.holdItem(tonight.floor(), 1)), "test", "card-success");
        awaitMail(1);
        awaitOrderListed(tonight, order.get("orderId").asString());

        admin.post().uri("/api/v1/admin/jobs/performance-reminders/run").exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("ada@example.org", "Soon: On sale") == 1);
        MimeMessage reminder = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> subject(mail).equals("Soon: On sale")).findFirst().orElseThrow();
        assertThat(part(reminder, 0)).contains("On sale starts at", order.get("orderId").asString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get().uri("/api/v1/admin/jobs").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.jobs[?(@.name == 'performance-reminders')].lastSuccess").isNotEmpty());

        admin.post().uri("/api/v1/admin/jobs/performance-reminders/run").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get().uri("/api/v1/admin/jobs").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.jobs[?(@.name == 'performance-reminders')].running").isEqualTo(false));
        assertThat(mailsTo("ada@example.org", "Soon: On sale")).as("reminded once").isEqualTo(1);
        admin.post().uri("/api/v1/admin/jobs/no-such-job/run").exchange().expectStatus().isNotFound();
        member(tonight.org(), StaffRole.OWNER).get().uri("/api/v1/admin/jobs").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aWebhookEnricherAddsItsFactsUnderItsIdToTheMessagesOfTheOrganisationThatEnabledIt() {
        install(PluginBuilder.plugin("crm-ids", "1.0.0").descriptor("plugin.permissions", "webhooks")
                .settingsSchema("""
                        {"type": "object", "properties": {"account": {"type": "string"}}, "required": ["account"]}""")
                .source("com.example.crm.CrmIds", """
                        package com.example.crm;

                        import io.admitone.plugin.api.OrganisationContext;
                        import io.admitone.plugin.api.webhook.WebhookPayloadEnricher;
                        import org.pf4j.Extension;
                        import java.util.Map;

                        @Extension
                        public class CrmIds implements WebhookPayloadEnricher {
                            public Map<String, Object> enrich(String type, Map<String, Object> data,
                                                              OrganisationContext organisation) {
                                return type.equals("event.created")
                                        ? Map.of("crmAccount", organisation.setting("account", ""), "title",
                                                String.valueOf(data.get("title")))
                                        : Map.of();
                            }
                        }""")).expectStatus().isCreated();
        String org = createOrganisation("enriched");
        configure(org, "crm-ids", Map.of("account", "A-1")).expectStatus().isNoContent();
        awaitEnabled(org, "crm-ids");
        WebhookRequests hooks = new WebhookRequests(member(org, StaffRole.INTEGRATOR),
                member(org, StaffRole.EVENT_MANAGER), org);

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            hooks.subscribe(receiver.url(), List.of("venue.created", "event.created"));
            hooks.createEvent("Enriched night");

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 2);
            JsonNode venue = JSON.readTree(receiver.accepted().get(0).body());
            JsonNode event = JSON.readTree(receiver.accepted().get(1).body());
            assertThat(venue.get("data").has("extensions")).isFalse();
            assertThat(event.get("data").get("extensions").get("crm-ids").get("crmAccount").asString())
                    .isEqualTo("A-1");
            assertThat(event.get("data").get("extensions").get("crm-ids").get("title").asString())
                    .isEqualTo("Enriched night");
            assertThat(event.get("data").get("title").asString()).isEqualTo("Enriched night");
        }
    }

    @Test
    void aReportExporterOffersItsFormatToTheOrganisationThatEnabledIt() {
        install(PluginBuilder.plugin("tsv-reports", "1.0.0").descriptor("plugin.permissions", "reports")
                .source("com.example.tsv.TabSeparated", """
                        package com.example.tsv;

                        import io.admitone.plugin.api.OrganisationContext;
                        import io.admitone.plugin.api.report.Report;
                        import io.admitone.plugin.api.report.ReportExporter;
                        import org.pf4j.Extension;
                        import java.io.IOException;
                        import java.io.OutputStream;
                        import java.nio.charset.StandardCharsets;

                        @Extension
                        public class TabSeparated implements ReportExporter {
                            public String format() { return "tsv"; }
                            public String contentType() { return "text/tab-separated-values"; }
                            public void export(Report report, OutputStream out, OrganisationContext organisation)
                                    throws IOException {
                                StringBuilder text = new StringBuilder(report.name()).append('\\n')
                                        .append(String.join("\\t", report.columns())).append('\\n');
                                report.rows().forEach(row -> text.append(String.join("\\t", row)).append('\\n'));
                                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                            }
                        }""")).expectStatus().isCreated();
        String org = createOrganisation("tsv");
        String other = createOrganisation("no-tsv");
        configure(org, "tsv-reports", Map.of()).expectStatus().isNoContent();
        awaitEnabled(org, "tsv-reports");

        String report = member(org, StaffRole.FINANCE).get()
                .uri("/api/v1/orgs/{org}/reports/sales?format=tsv&groupBy=event", org).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/tab-separated-values")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sales-by-event.tsv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(report).isEqualTo("sales\neventId\teventTitle\tcurrency\tgross\trefunds\ttax\tfees\tnet\n");
        member(other, StaffRole.FINANCE).get().uri("/api/v1/orgs/{org}/reports/sales?format=tsv", other).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
    }

    @Test
    void anAuthenticationProviderProvesWhoSignsInButAdmitOneKnowsTheUserAndTheirRoles() {
        install(PluginBuilder.plugin("company-directory", "1.0.0").descriptor("plugin.permissions", "authentication")
                .source("com.example.directory.CompanyDirectory", """
                        package com.example.directory;

                        import io.admitone.plugin.api.authentication.AuthenticationProvider;
                        import org.pf4j.Extension;
                        import java.util.Arrays;
                        import java.util.Optional;

                        @Extension
                        public class CompanyDirectory implements AuthenticationProvider {
                            public String name() { return "company-directory"; }
                            public Optional<String> authenticate(String email, char[] password) {
                                return Arrays.equals(password, "from-the-directory".toCharArray())
                                        ? Optional.of(email) : Optional.empty();
                            }
                        }""")).expectStatus().isCreated();

        // the bootstrap admin's account reaches the read side a moment after the server started
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> signIn(TestServers.ADMIN_EMAIL,
                TestServers.ADMIN_PASSWORD).expectStatus().isOk());
        String token = signIn(TestServers.ADMIN_EMAIL, "from-the-directory").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("accessToken").asString();
        http.get().uri(PluginsController.PLUGINS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
        signIn(TestServers.ADMIN_EMAIL, "not-the-password").expectStatus().isUnauthorized();
        signIn("stranger@example.org", "from-the-directory").expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec signIn(String email, String password) {
        return http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    @Test
    void onlyPlatformAdminsInstallAndOnlyOwnersAndAdminsConfigure() {
        String org = createOrganisation("plugin-roles");
        member(org, StaffRole.ADMIN).post().uri(PluginsController.PLUGINS).contentType(MediaType.valueOf(JAR))
                .bodyValue(new byte[] {1}).exchange().expectStatus().isForbidden();
        member(org, StaffRole.BOX_OFFICE).get().uri(OrganisationPluginsController.PLUGINS, org).exchange()
                .expectStatus().isForbidden();
        member(createOrganisation("plugin-elsewhere"), StaffRole.OWNER).get()
                .uri(OrganisationPluginsController.PLUGINS, org).exchange().expectStatus().isNotFound();
        member(org, StaffRole.OWNER).put().uri(OrganisationPluginsController.PLUGINS + "/no-such-plugin", org)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("settings", Map.of())).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec install(PluginBuilder plugin) {
        try {
            return admin.post().uri(PluginsController.PLUGINS).contentType(MediaType.valueOf(JAR))
                    .bodyValue(Files.readAllBytes(plugin.build(WORK))).exchange();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private WebTestClient.ResponseSpec configure(String org, Map<String, Object> settings) {
        return configure(org, PLUGIN, settings);
    }

    private WebTestClient.ResponseSpec configure(String org, String plugin, Map<String, Object> settings) {
        return admin.put().uri(OrganisationPluginsController.PLUGINS + "/" + plugin, org)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("settings", settings)).exchange();
    }

    private void awaitEnabled(String org, boolean enabled) {
        awaitEnabled(org, PLUGIN, enabled);
    }

    private void awaitEnabled(String org, String plugin) {
        awaitEnabled(org, plugin, true);
    }

    private void awaitEnabled(String org, String plugin, boolean enabled) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get()
                .uri(OrganisationPluginsController.PLUGINS, org).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.plugin.id == '" + plugin + "')].enabled").isEqualTo(enabled));
    }

    private static long mailsTo(String recipient, String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> subject(mail).equals(subject)
                && recipients(mail).contains(recipient)).count();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getAllRecipients());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private void awaitOrderListed(OnSaleFixture onSale, String orderId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get()
                .uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED"));
    }

    private static MimeMessage awaitMail(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= count);
        return SMTP.getReceivedMessages()[count - 1];
    }

    private List<String> ticketCodes(OnSaleFixture onSale, String orderId) {
        JsonNode tickets = await().atMost(Duration.ofSeconds(30)).until(() -> admin.get()
                        .uri("/api/v1/orgs/{org}/tickets?orderId={order}", onSale.org(), orderId).exchange()
                        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items"),
                items -> items.size() == 2);
        List<String> codes = new ArrayList<>();
        tickets.forEach(ticket -> codes.add(ticket.get("code").asString()));
        return codes;
    }

    /** A part of a multipart e-mail, decoded: 0 the text, 1 the HTML. */
    private static String part(MimeMessage mail, int index) throws Exception {
        return ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent().toString();
    }

    private static WebTestClient.ResponseSpec order(OnSaleFixture onSale, String method) {
        JsonNode hold = onSale.held(onSale.holdItem(onSale.floor(), 1));
        return onSale.order(hold, hold.get("holdToken").asString(), PLUGIN, method);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("admitone-plugins-test");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
