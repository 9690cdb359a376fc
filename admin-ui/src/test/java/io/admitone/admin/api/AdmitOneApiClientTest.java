package io.admitone.admin.api;

import io.admitone.admin.support.ScriptedAdmitOneServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmitOneApiClientTest {

    private static final Credentials CREDENTIALS = new Credentials("organiser@example.com", "secret");

    private final ScriptedAdmitOneServer server = ScriptedAdmitOneServer.start();
    private final AdmitOneApiClient client = clientOf(server.url());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theTokenTheServerIssuesIsReturned() {
        server.issuing("token-123");

        assertThat(client.requestToken(CREDENTIALS).accessToken()).isEqualTo("token-123");
        assertThat(server.received()).singleElement().satisfies(request -> {
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.body()).contains("\"email\":\"organiser@example.com\"", "\"password\":\"secret\"");
        });
    }

    @Test
    void aRejectionIsExplainedByTheProblemDetail() {
        server.rejecting(401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Wrong password.\"}");

        assertThatThrownBy(() -> client.requestToken(CREDENTIALS))
                .isInstanceOf(AdmitOneApiException.class)
                .hasMessage("Wrong password.");
    }

    @Test
    void aProblemWithoutDetailIsExplainedByItsTitle() {
        server.rejecting(429, "{\"title\":\"Too many sign-in attempts\",\"status\":429}");

        assertThatThrownBy(() -> client.requestToken(CREDENTIALS)).hasMessage("Too many sign-in attempts");
    }

    @Test
    void anErrorWithoutAProblemNamesTheServerAndTheStatus() {
        server.answering(502, "text/html", "<html><body>Bad gateway</body></html>");

        assertThatThrownBy(() -> client.requestToken(CREDENTIALS))
                .hasMessage("The AdmitOne server at " + server.url() + " could not be reached (HTTP 502)");
    }

    @Test
    void aMalformedProblemNamesTheServerAndTheStatus() {
        server.rejecting(500, "{\"title\":");

        assertThatThrownBy(() -> client.requestToken(CREDENTIALS))
                .hasMessage("The AdmitOne server at " + server.url() + " could not be reached (HTTP 500)");
    }

    @Test
    void anAnswerWithoutATokenIsAFailure() {
        server.answering(200, "application/json", "{}");

        assertThatThrownBy(() -> client.requestToken(CREDENTIALS))
                .hasMessage("The AdmitOne server at " + server.url() + " answered without an access token");
    }

    @Test
    void aServerThatIsDownCouldNotBeReached() {
        URI down = URI.create("http://127.0.0.1:" + ScriptedAdmitOneServer.unusedPort());

        assertThatThrownBy(() -> clientOf(down).requestToken(CREDENTIALS))
                .isInstanceOf(AdmitOneApiException.class)
                .hasMessage("The AdmitOne server at " + down + " could not be reached");
    }

    @Test
    void credentialsAndTokensKeepTheirSecretsOutOfLogs() {
        assertThat(CREDENTIALS.toString()).doesNotContain("secret");
        assertThat(new AccessToken("token-123").toString()).doesNotContain("token-123");
    }

    private static AdmitOneApiClient clientOf(URI serverUrl) {
        return new AdmitOneApiClient(RestClient.builder(), new AdmitOneServerProperties(serverUrl), new NoSession());
    }

    /** Token requests are made before anyone is signed in. */
    private static final class NoSession implements BearerTokens {

        @Override
        public Optional<AccessToken> current() {
            return Optional.empty();
        }

        @Override
        public Optional<Long> lastWritePosition() {
            return Optional.empty();
        }

        @Override
        public void wrote(long position) {
            throw new AssertionError("a token request writes nothing");
        }
    }
}
