package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.webhook.WebhookEventTypes;
import io.admitone.projections.webhook.catalogue.PublicEventSamples.Sample;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.admitone.projections.webhook.catalogue.WebhookCatalogueTest.ENVELOPE_FIELDS;
import static io.admitone.projections.webhook.catalogue.WebhookCatalogueTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

/** The integrator's guide shows what the catalogue sends: an example per type, and a signature that verifies. */
class WebhookDocsTest {

    private static final Pattern TYPE_HEADING = Pattern.compile("### `([a-z_]+\\.[a-z_]+)`");
    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/]{43}=");

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookCatalogue catalogue = new WebhookCatalogue(json, PublicEventSamples.BUYERS,
            WebhookEnrichments.NONE);

    @Test
    void theCatalogueHasAnExampleForEveryTypeInTheOrderOfTheTypes() throws IOException {
        assertThat(examples().keySet()).containsExactlyElementsOf(WebhookEventTypes.ALL);
    }

    @Test
    void eachExampleIsAnEnvelopeOfItsTypeWithTheFieldsTheCatalogueSends() throws IOException {
        assertThat(examples()).allSatisfy((type, example) -> {
            assertThat(example.get("type").asString()).isEqualTo(type);
            assertThat(fieldNames(example)).containsExactlyElementsOf(ENVELOPE_FIELDS);
            assertThat(example.get("version").asInt()).isEqualTo(WebhookCatalogue.VERSION);
            assertThat(shape(example.get("data"))).as(type).isEqualTo(shape(sent(type).get("data")));
        });
    }

    @Test
    void theWorkedExampleIsTheOrderConfirmedEnvelopeAndItsSignatureVerifies() throws Exception {
        String guide = section("### A worked example");
        List<String> request = codeBlock(guide, "```http");
        Map<String, String> headers = new LinkedHashMap<>();
        request.stream().skip(1).takeWhile(line -> !line.isEmpty())
                .forEach(line -> headers.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2)));
        String body = request.getLast();
        Matcher secret = SECRET.matcher(guide);
        assertThat(secret.find()).as("the example's secret").isTrue();

        Sample sample = PublicEventSamples.of("order.confirmed");
        assertThat(body).isEqualTo(catalogue.messageOf(sample.message(), sample.position()).orElseThrow().body());
        assertThat(headers.get("webhook-id")).isEqualTo(sample.message().getIdentifier());
        assertThat(headers.get("webhook-signature"))
                .isEqualTo(signature(secret.group(), headers.get("webhook-id"), headers.get("webhook-timestamp"), body));
    }

    private Map<String, JsonNode> examples() throws IOException {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        String type = null;
        List<String> lines = section("## Event catalogue").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = TYPE_HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                type = heading.group(1);
            } else if (type != null && lines.get(i).equals("```json") && !examples.containsKey(type)) {
                examples.put(type, json.readTree(String.join("\n", codeBlock(lines.subList(i, lines.size())))));
            }
        }
        return examples;
    }

    private JsonNode sent(String type) {
        Sample sample = PublicEventSamples.of(type);
        return json.readTree(catalogue.messageOf(sample.message(), sample.position()).orElseThrow().body());
    }

    /** The field names at every depth in order, an array by its first element: values may differ, fields not. */
    private static String shape(JsonNode node) {
        if (node.isObject()) {
            return node.properties().stream().map(field -> field.getKey() + ":" + shape(field.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (node.isArray()) {
            return node.isEmpty() ? "[]" : "[" + shape(node.get(0)) + "]";
        }
        return "_";
    }

    /** From a heading of the guide to the next heading of its level or a higher one, code blocks aside. */
    private static String section(String heading) throws IOException {
        List<String> lines = Files.readAllLines(guide());
        int start = lines.indexOf(heading);
        assertThat(start).as("the guide's section %s", heading).isNotNegative();
        int end = start + 1;
        boolean inCode = false;
        for (; end < lines.size(); end++) {
            inCode ^= lines.get(end).startsWith("```");
            if (!inCode && level(lines.get(end)) > 0 && level(lines.get(end)) <= level(heading)) {
                break;
            }
        }
        return String.join("\n", lines.subList(start, end));
    }

    private static int level(String line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return line.startsWith(" ", hashes) ? hashes : 0;
    }

    private static List<String> codeBlock(String text, String fence) {
        List<String> lines = text.lines().toList();
        return codeBlock(lines.subList(lines.indexOf(fence), lines.size()));
    }

    /** The lines of the code block that starts at the first of these lines. */
    private static List<String> codeBlock(List<String> fromFence) {
        List<String> block = new ArrayList<>();
        for (String line : fromFence.subList(1, fromFence.size())) {
            if (line.equals("```")) {
                return block;
            }
            block.add(line);
        }
        throw new AssertionError("a code block is not closed");
    }

    private static String signature(String secret, String id, String timestamp, String body)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    private static Path guide() {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("docs/webhooks.md"))) {
            directory = directory.getParent();
            assertThat(directory).as("a folder above the build's with docs/webhooks.md").isNotNull();
        }
        return directory.resolve("docs/webhooks.md");
    }
}
