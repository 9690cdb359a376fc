# AdmitOne admin UI image (Vaadin, production mode).
#
# Build from the repository root, which is the build context:
#   docker build -f docker/admin-ui.Dockerfile -t admitone-admin-ui .
# The repository root needs a .dockerignore (target/, data/, .git/, ...).

# ---- build stage: Maven + Temurin JDK 25 -------------------------------------
FROM maven:3.9.11-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# Production build: vaadin-dev is left out and the pre-built frontend bundle is used.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -Pproduction -pl admin-ui -am package -DskipTests

# ---- runtime stage: Temurin JRE 25 -------------------------------------------
FROM eclipse-temurin:25.0.1_8-jre-noble

# curl is installed explicitly for the HEALTHCHECK below. A fixed non-root user
# runs the UI; it needs no writable directory of its own.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 admitone \
 && useradd --system --uid 10001 --gid admitone --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin admitone

WORKDIR /app
COPY --from=build /src/admin-ui/target/admitone-admin-ui.jar /app/admitone-admin-ui.jar

# SERVER_PORT pins the port the image EXPOSEs and checks. The admin UI reaches the
# backend at ADMITONE_ADMIN_SERVER_URL (default http://localhost:8080).
# Same JVM flags as the server image; the AxonIQ settings are harmless here and
# keep any Axon classes on the classpath from calling out.
ENV SERVER_PORT=8081 \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Ddisable-axoniq-console-message=true"

USER 10001:10001
EXPOSE 8081

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8081}/" || exit 1

ENTRYPOINT ["java", "-jar", "/app/admitone-admin-ui.jar"]
