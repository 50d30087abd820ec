package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetFetchTest {

    private final List<PageRequest> requests = new ArrayList<>();
    /** Over a keyset list of 0..449 whose cursor is the next position. */
    private final KeysetFetch<Integer> fetch = KeysetFetch.attach(new Grid<>(), request -> {
        requests.add(request);
        int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        int to = Math.min(450, from + request.limit());
        List<Integer> items = IntStream.range(from, to).boxed().toList();
        return new Page<>(items, to < 450 ? String.valueOf(to) : null);
    });

    @Test
    void readsPageAfterPageFromTheCursorsItWasGiven() {
        assertThat(fetch(0, 50)).containsExactlyElementsOf(range(0, 50));
        assertThat(fetch(50, 50)).containsExactlyElementsOf(range(50, 100));
        assertThat(requests).extracting(PageRequest::cursor).containsExactly(null, "50");
    }

    @Test
    void aJumpWalksForwardFromTheNearestKnownCursorInPagesOfAtMostTheMaximum() {
        fetch(0, 50);
        requests.clear();

        assertThat(fetch(400, 50)).containsExactlyElementsOf(range(400, 450));

        assertThat(requests).extracting(PageRequest::cursor).containsExactly("50", "250", "400");
        assertThat(requests).extracting(PageRequest::limit).containsExactly(200, 150, 50);
    }

    @Test
    void theEndOfTheListComesBackShort() {
        assertThat(fetch(430, 50)).containsExactlyElementsOf(range(430, 450));
    }

    @Test
    void anotherSortOrderStartsOverWithItsOwnCursors() {
        fetch(0, 50);
        fetch(50, 50);
        requests.clear();

        fetch.fetch(new Query<>(50, 50, QuerySortOrder.desc("name").build(), null, null))
                .toList();

        assertThat(requests).extracting(PageRequest::sort).containsOnly("-name");
        assertThat(requests).extracting(PageRequest::cursor).containsExactly(null, "50");
    }

    private List<Integer> fetch(int offset, int limit) {
        return fetch.fetch(new Query<>(offset, limit, List.of(), null, null)).toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
