# The CRM as a container image: the same production jar as `./mvnw -B package -DskipTests` builds (README.md,
# "Deploy"). Untested here: the development and CI machines of this project have no Docker daemon.
#
#   docker build -t crm .
#   docker run -d -p 8080:8080 -v crm-data:/data --stop-timeout 45 crm                      # embedded PostgreSQL
#   docker run -d -p 8080:8080 -e CRM_DB_URL=… -e CRM_DB_OWNER_USER=… … crm                  # existing PostgreSQL
#
# Arguments after the image name go to the app, e.g. `docker run --rm -v crm-data:/data crm --crm.projections.rebuild=true`
# (a command that rebuilds the read models and exits; stop the serving container first).

# ---- Stage 1: build the jar ---------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# The wrapper and the poms first: the dependency layer below is rebuilt only when one of them changes.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY domain/pom.xml domain/
COPY projections/pom.xml projections/
COPY application/pom.xml application/
COPY test-support/pom.xml test-support/
COPY assistant/pom.xml assistant/
COPY integrations/pom.xml integrations/
COPY web/pom.xml web/
# A warm-up of the local repository only: go-offline cannot resolve everything in a multi-module build (the modules'
# own snapshots, some plugin dependencies), so a failure here is ignored; the package step below is the real check.
RUN chmod +x mvnw && (./mvnw -B -ntp dependency:go-offline || true)

# Then the sources (whole module folders, so modules that have no src/ yet need no change here).
COPY domain/ domain/
COPY projections/ projections/
COPY application/ application/
COPY test-support/ test-support/
COPY assistant/ assistant/
COPY integrations/ integrations/
COPY web/ web/
RUN ./mvnw -B -ntp package -DskipTests

# ---- Stage 2: run it ----------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Health check with curl, not a Java check: the JRE has no jdk.compiler module, so `java Check.java` (the
# single-file source launcher) does not run here, and a pre-compiled check would start a second JVM (~0.5 s of CPU,
# tens of MB) every 10 seconds. Temurin's Ubuntu images ship curl today "for historical reasons"
# (adoptium/containers#255); install it only if a future base image drops it.
RUN if ! command -v curl >/dev/null 2>&1; then \
        apt-get update \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
        && rm -rf /var/lib/apt/lists/*; \
    fi

# A non-root user, with a fixed numeric id (Kubernetes' runAsNonRoot can check it; Ubuntu's own user has 1000).
# /data exists and belongs to that user before VOLUME, so
# a named volume starts out writable; a bind-mounted folder must belong to uid 10001.
RUN groupadd --system --gid 10001 crm \
    && useradd --system --uid 10001 --gid crm --home-dir /app --no-create-home --shell /usr/sbin/nologin crm \
    && mkdir /data && chown crm:crm /data && chmod 700 /data

WORKDIR /app
COPY --from=build /src/web/target/crm.jar /tmp/crm.jar

# Faster start-up (BENCHMARKS.md, "Start-up time"): the jar extracted (its classes then load from plain jars, not
# from jars nested in the jar), plus an AppCDS archive of the classes a start loads. The archive is written by a
# training start on a throw-away embedded PostgreSQL that stops once the context is refreshed (initdb, migrations,
# every bean; no port opened); the JVM halts there without stopping the PostgreSQL it started, so it is stopped here,
# and the training data (generated secrets included) is removed. If the archive does not match the JVM or the jars at
# run time, the JVM ignores it and starts without it.
RUN java -Djarmode=tools -jar /tmp/crm.jar extract --destination /app \
    && rm /tmp/crm.jar \
    && (CRM_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=/app/crm.jsa -Dspring.context.exit=onRefresh \
            -jar /app/crm.jar || true) \
    && if [ -f /tmp/cds-training/postgres/postmaster.pid ]; then \
           pid=$(head -1 /tmp/cds-training/postgres/postmaster.pid); \
           kill -INT "$pid" 2>/dev/null || true; \
           while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; \
       fi \
    && rm -rf /tmp/cds-training /tmp/embedded-pg \
    && test -s /app/crm.jsa && chmod -R a+rX /app

# Without CRM_DB_URL the app runs an embedded PostgreSQL and keeps its generated secrets in CRM_DATA_DIR.
# (The embedded PostgreSQL binaries in the jar are x86-64 only: on arm64 use CRM_DB_URL, or --platform linux/amd64.)
# Heap: 75 % of the container's memory limit instead of the JVM's 25 %; set JAVA_TOOL_OPTIONS to change it (less
# when the embedded PostgreSQL shares the container's memory with the app).
ENV CRM_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data

USER 10001:10001
EXPOSE 8080

# Ready only once the migrations are done; the first start also runs initdb, hence the
# generous start period. PORT is honoured if the app is moved off 8080.
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health/readiness" || exit 1

# Exec form: the JVM is PID 1 and receives docker stop's SIGTERM, then shuts down gracefully (up to 30 s, then stops
# its embedded PostgreSQL), hence --stop-timeout/stop_grace_period above Docker's default 10 s. This replaces the
# base image's CA-certificate entrypoint (USE_SYSTEM_CA_CERTS), which the app does not use.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/crm.jsa", "-jar", "/app/crm.jar"]
