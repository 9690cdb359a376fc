package io.admitone.server.web;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

@Import(ProblemResponsesTest.FailingRoutes.class)
class ProblemResponsesTest extends ServerIntegrationTest {

    @TestConfiguration
    static class FailingRoutes {

        @RestController
        static class Failing {

            @GetMapping("/test/failure")
            String fail() {
                throw new IllegalStateException("database password is hunter2");
            }
        }
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        http.get().uri("/api/v1/no-such-thing")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.type").isEqualTo("https://admitone.io/problems/not-found");
    }

    @Test
    void aBodyOverTheLimitIsAContentTooLargeProblem() {
        String label = "x".repeat(5 * 1024 * 1024);
        admin.post().uri("/api/v1/admin/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"label\": \"" + label + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("content-too-large");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        admin.post().uri("/api/v1/admin/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"label\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("malformed-request");
    }

    @Test
    void invalidFieldsAreListedInABadRequestProblem() {
        admin.post().uri("/api/v1/admin/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"label\": \"\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[?(@.field == 'label')].message").isEqualTo("must not be blank")
                .jsonPath("$.errors[?(@.field == 'echoAfter')].message").isEqualTo("must not be null");
    }

    @Test
    void aBusinessRejectionIsAnUnprocessableProblemWithItsCode() {
        admin.post().uri("/api/v1/admin/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"label\": \"late\", \"echoAfter\": \"P2D\"}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("echo-delay-out-of-range");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithAnIdAndNoInternals() {
        String body = http.get().uri("/test/failure")
                .exchange()
                .expectStatus().is5xxServerError()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"code\":\"internal-error\"", "\"errorId\":\"")
                .doesNotContain("hunter2", "IllegalStateException", "at io.admitone");
    }
}
