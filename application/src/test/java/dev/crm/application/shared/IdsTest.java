package dev.crm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndTimeOrdered() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId());
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        // one thread's v7 ids order by their creation time: compare the textual form
        List<String> texts = ids.stream().map(UUID::toString).toList();
        assertThat(texts).isSorted();
    }

    @Test
    void idsMadeConcurrentlyAreUnique() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        seen.add(Ids.newId());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(seen).hasSize(8 * 20_000);
    }

    @Test
    void axonNamesItsMessagesWithTheseIds() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(AxonIdentifiers.class);
        assertThat(UUID.fromString(IdentifierFactory.getInstance().generateIdentifier())
                        .version())
                .isEqualTo(7);
    }
}
