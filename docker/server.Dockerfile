# AdmitOne server image (all roles; choose them with ADMITONE_ROLES).
#
# Build from the repository root, which is the build context:
#   docker build -f docker/server.Dockerfile -t admitone-server .
# The repository root needs a .dockerignore (target/, data/, .git/, ...) so that
# local build output and embedded-mode data are not sent to the builder.

# ---- build stage: Maven + Temurin JDK 25 -------------------------------------
FROM maven:3.9.11-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# The cache mount keeps the local Maven repository between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests -pl server -am package

# ---- runtime stage: Temurin JRE 25 -------------------------------------------
FROM eclipse-temurin:25.0.1_8-jre-noble

# curl is installed explicitly for the HEALTHCHECK below (the base image is not
# relied on to ship it). A fixed non-root user runs the server; /app/data is the
# only directory it can write (ADMITONE_DATA_DIR, used in embedded mode only).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 admitone \
 && useradd --system --uid 10001 --gid admitone --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin admitone \
 && mkdir -p /app/data \
 && chown admitone:admitone /app/data

WORKDIR /app
COPY --from=build /src/server/target/admitone-server.jar /app/admitone-server.jar

# Container-aware heap (75 % of the container's memory limit), fail fast on OOM,
# and no outbound AxonIQ calls or console banner. Replace JAVA_TOOL_OPTIONS as a
# whole to change them.
ENV ADMITONE_DATA_DIR=/app/data \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Ddisable-axoniq-console-message=true"

USER 10001:10001
EXPOSE 8080

# /actuator/health answers 503 while anything (database, Redis, event processors)
# is DOWN, so curl -f fails and the container turns unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health" || exit 1

# Exec form: java is PID 1 and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["java", "-jar", "/app/admitone-server.jar"]
