package io.admitone.plugins.email;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.notification.Notification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTest {

    private static final Notification.Branding BRANDING = new Notification.Branding("Arena <script>", null,
            "#123456", null, null, null);
    private static final Notification REFUND = new Notification("refund-issued", "Ada", "ada@example.org",
            "Your refund", Map.of("organisation", "Arena", "orderId", "o-1", "amount", "10.00 EUR",
            "reason", "goodwill $1", "buyerName", "Ada"), BRANDING);

    @Test
    void theBuiltInTemplateOfAKindIsFilledWithTheNotificationsFacts() {
        Template template = Template.of(REFUND, settings(Map.of()));

        assertThat(template.subject()).isEqualTo("Your refund from Arena");
        assertThat(template.text()).contains("Hello Ada,", "we refunded 10.00 EUR on your order o-1: goodwill $1.");
    }

    @Test
    void anOrganisationsTemplateReplacesTheBuiltInOneAndAnUnknownFactIsLeftEmpty() {
        Template template = Template.of(REFUND, settings(Map.of("refundIssuedSubject", "{{ amount }} back",
                "refundIssuedBody", "Dear {{buyerName}}{{nothing}}, see you at {{organisation}}.")));

        assertThat(template.subject()).isEqualTo("10.00 EUR back");
        assertThat(template.text()).isEqualTo("Dear Ada, see you at Arena.");
    }

    @Test
    void theHtmlPartEscapesWhatItShowsAndTakesOnlyAColourForTheHeader() {
        Template template = new Template("s", "<b>bold</b>\n\nsecond");
        String html = BrandedHtml.of(template, BRANDING);

        assertThat(html).contains("background:#123456", "Arena &lt;script&gt;", "<p>&lt;b&gt;bold&lt;/b&gt;</p>",
                "<p>second</p>").doesNotContain("<script>");
        assertThat(BrandedHtml.of(template, new Notification.Branding("A", null, "red;}</style>", null, null, null)))
                .contains("background:#1f2937");
    }

    private static OrganisationContext settings(Map<String, Object> settings) {
        return new OrganisationContext(UUID.randomUUID(), settings);
    }
}
