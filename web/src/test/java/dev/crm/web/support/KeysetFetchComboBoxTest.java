package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A combo box on a keyset list: what the user types is the search, and each new text starts over. */
class KeysetFetchComboBoxTest {

    private final List<PageRequest> requests = new ArrayList<>();
    private final ComboBox<Integer> comboBox = new ComboBox<>();

    KeysetFetchComboBoxTest() {
        // A keyset list of 0..299 whose cursor is the next position.
        KeysetFetch.attach(comboBox, request -> {
            requests.add(request);
            int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
            int to = Math.min(300, from + request.limit());
            return new Page<>(IntStream.range(from, to).boxed().toList(), to < 300 ? String.valueOf(to) : null);
        });
    }

    @Test
    void theTypedTextIsTheSearchAndCursorsCarryOnWhileItStays() {
        assertThat(fetch("ac", 0, 50)).hasSize(50).startsWith(0);
        assertThat(fetch("ac", 50, 50)).startsWith(50);

        assertThat(requests).extracting(PageRequest::q).containsOnly("ac");
        assertThat(requests).extracting(PageRequest::cursor).containsExactly(null, "50");
    }

    @Test
    void anotherTextStartsOverFromTheFirstPage() {
        fetch("ac", 0, 50);
        fetch("ac", 50, 50);
        requests.clear();

        fetch("acme", 0, 50);

        assertThat(requests).extracting(PageRequest::q).containsExactly("acme");
        assertThat(requests).extracting(PageRequest::cursor).containsExactly((String) null);
    }

    /** As the combo box's client asks: the typed text is the query's filter. */
    @SuppressWarnings("unchecked")
    private List<Integer> fetch(String typed, int offset, int limit) {
        DataProvider<Integer, String> items = (DataProvider<Integer, String>) comboBox.getDataProvider();
        return items.fetch(new Query<>(offset, limit, List.of(), null, typed)).toList();
    }
}
