package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.web.support.Api;
import dev.crm.web.support.AppProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut in the middle of a write load: eight writers create and edit contacts through the packaged app while
 * the app and its embedded PostgreSQL are killed with SIGKILL. After a restart, every create and every edit the API
 * had acknowledged is there with its history, and the read models equal a rebuild from the event store.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 8;

    @TempDir
    Path folder;

    /** What the API confirmed: the contact's name and the last version (and phone) an edit was answered with. */
    private record Acknowledged(String name, long version, String phone) {}

    @Test
    void everyAcknowledgedWriteSurvivesAKillDuringAWriteLoad() throws Exception {
        Path data = folder.resolve("data");
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger edits = new AtomicInteger();
        String email = "crash." + UUID.randomUUID() + "@example.com";

        AppProcess app = AppProcess.start(folder, Map.of());
        Api.anonymous(app.http())
                .post(
                        "/api/auth/register",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", Api.PASSWORD)
                                .put("name", "Crash Tester")
                                .toString())
                .expect(201);
        Api user = Api.signIn(app.http(), email, Api.PASSWORD);

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> write(user, writer, running, acknowledged, edits));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((acknowledged.size() < 800 || edits.get() < 400) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        app.killWithItsDatabase(data);
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(100);
        System.out.printf(
                "crash test: killed after %d acknowledged creates and %d acknowledged edits%n",
                acknowledged.size(), edits.get());

        String afterCrash;
        try (AppProcess restarted = AppProcess.start(folder, Map.of())) {
            Api again = Api.signIn(restarted.http(), email, Api.PASSWORD);
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, ack) -> {
                Api.Response contact = again.get("/api/contacts/" + id);
                if (contact.status() != 200) {
                    lost.add(id + " (" + ack.name() + "): HTTP " + contact.status());
                    return;
                }
                JsonNode body = contact.json();
                long version = body.get("version").asLong();
                JsonNode history = again.get("/api/contacts/" + id + "/history")
                        .expect(200)
                        .json();
                if (!body.get("name").asText().equals(ack.name())
                        || version < ack.version()
                        || (version == ack.version()
                                && ack.phone() != null
                                && !ack.phone().equals(body.get("phone").asText()))
                        || history.size() != version) {
                    lost.add(id + ": acknowledged " + ack + ", found " + body + " with " + history.size()
                            + " history entries");
                }
            });
            assertThat(lost)
                    .as("acknowledged writes lost or altered by the crash")
                    .isEmpty();
            afterCrash = everything(again);
        }

        String rebuild = AppProcess.runToEnd(folder, Map.of(), Duration.ofMinutes(3), "--crm.projections.rebuild=true");
        assertThat(rebuild)
                .contains("connecting as the rebuild role")
                .contains("Read models rebuilt from")
                .as("no port opened")
                .doesNotContainPattern("Tomcat started on port \\d");
        try (AppProcess rebuilt = AppProcess.start(folder, Map.of())) {
            Api again = Api.signIn(rebuilt.http(), email, Api.PASSWORD);
            assertThat(everything(again))
                    .as("read models and history rebuilt from the event store")
                    .isEqualTo(afterCrash);
        }
    }

    @Test
    void aServerLeftRunningByAnAppKilledAloneIsStoppedCleanlyByTheNextStart() throws Exception {
        Path data = folder.resolve("data");
        String email = "orphan." + UUID.randomUUID() + "@example.com";
        String id;
        AppProcess app = AppProcess.start(folder, Map.of());
        Api.anonymous(app.http())
                .post(
                        "/api/auth/register",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", Api.PASSWORD)
                                .put("name", "Orphan Owner")
                                .toString())
                .expect(201);
        id = Api.signIn(app.http(), email, Api.PASSWORD)
                .post("/api/contacts", "{\"name\":\"Kept Kim\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        app.killAppOnly();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("the server outlives its app")
                .contains(true);

        try (AppProcess restarted = AppProcess.start(folder, Map.of())) {
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            Api.signIn(restarted.http(), email, Api.PASSWORD)
                    .get("/api/contacts/" + id)
                    .expect(200);
        }
    }

    /** Creates a contact, then edits one of its own earlier contacts every other round, until the kill. */
    private static void write(
            Api user, int writer, AtomicBoolean running, Map<String, Acknowledged> acknowledged, AtomicInteger edits) {
        Random random = new Random(writer);
        List<String> mine = new ArrayList<>();
        for (int round = 0; running.get(); round++) {
            try {
                if (round % 2 == 1 && !mine.isEmpty()) {
                    String id = mine.get(random.nextInt(mine.size()));
                    Acknowledged before = acknowledged.get(id);
                    String phone = "+1 555 " + (1000 + random.nextInt(9000));
                    Api.Response edited = user.put(
                            "/api/contacts/" + id,
                            JSON.createObjectNode()
                                    .put("version", before.version())
                                    .put("phone", phone)
                                    .toString());
                    if (edited.status() == 200) {
                        acknowledged.put(
                                id,
                                new Acknowledged(
                                        before.name(),
                                        edited.json().get("version").asLong(),
                                        phone));
                        edits.incrementAndGet();
                    }
                } else {
                    String name = "Writer " + writer + " contact " + round;
                    Api.Response created = user.post(
                            "/api/contacts",
                            JSON.createObjectNode()
                                    .put("name", name)
                                    .put("email", "w" + writer + "r" + round + "@example.com")
                                    .toString());
                    if (created.status() == 201) {
                        String id = created.json().get("id").asText();
                        acknowledged.put(id, new Acknowledged(name, 1, null));
                        mine.add(id);
                    }
                }
            } catch (RuntimeException connectionLost) {
                // the app is gone: whatever had no answer was never acknowledged
            }
        }
    }

    /** Every contact of the user, page by page, with its history: what a replay must reproduce exactly. */
    private static String everything(Api user) {
        StringBuilder all = new StringBuilder();
        String cursor = null;
        do {
            JsonNode page = user.get(
                            "/api/contacts?limit=200&sort=createdAt" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            for (JsonNode contact : page.get("items")) {
                all.append(contact)
                        .append('\n')
                        .append(user.get("/api/contacts/" + contact.get("id").asText() + "/history")
                                .expect(200)
                                .json())
                        .append('\n');
            }
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        return all.toString();
    }
}
