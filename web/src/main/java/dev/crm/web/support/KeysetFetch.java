package dev.crm.web.support;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.HasLazyDataView;
import com.vaadin.flow.data.provider.LazyDataView;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableFunction;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Feeds a lazy Vaadin component (a grid, a virtual list) from a keyset-paginated list without ever counting rows:
 * the component keeps scrolling until a page comes back short.
 * <p>
 * Vaadin asks by offset, but a cursor list cannot jump. So the cursor that continues the list at every offset
 * reached so far is remembered, and a request further down walks forward from the nearest known one. Columns
 * sort by their sort property ({@code Column#setSortProperty("name")}), sent as {@code name} or {@code -name}.
 * In a combo box, the text typed into it is the search.
 */
public final class KeysetFetch<T> implements CallbackDataProvider.FetchCallback<T, Void> {

    private final SerializableFunction<PageRequest, Page<T>> pages;
    /** Offset → the cursor that continues the list there, for {@link #sort} and {@link #search}; null at 0. */
    private final TreeMap<Integer, String> cursors = new TreeMap<>();

    private String sort;
    private String search;
    private LazyDataView<T> dataView;

    private KeysetFetch(SerializableFunction<PageRequest, Page<T>> pages) {
        this.pages = pages;
        cursors.put(0, null);
    }

    /** Makes {@code component} list what {@code pages} returns, page by page as it scrolls. */
    public static <T> KeysetFetch<T> attach(
            HasLazyDataView<T, Void, ?> component, SerializableFunction<PageRequest, Page<T>> pages) {
        KeysetFetch<T> fetch = new KeysetFetch<>(pages);
        fetch.dataView = component.setItems(fetch);
        return fetch;
    }

    /** Makes {@code comboBox} offer what {@code pages} returns for the text typed into it, page by page. */
    public static <T> KeysetFetch<T> attach(
            ComboBoxBase<?, T, ?> comboBox, SerializableFunction<PageRequest, Page<T>> pages) {
        KeysetFetch<T> fetch = new KeysetFetch<>(pages);
        fetch.dataView = comboBox.setItems(query -> {
            String typed = query.getFilter().orElse(null);
            if (!Objects.equals(typed, fetch.search)) {
                fetch.search = typed;
                fetch.forgetCursors();
            }
            return fetch.rows(query.getSortOrders(), query.getOffset(), query.getLimit());
        });
        return fetch;
    }

    /** Narrows the list to what matches {@code text} (blank: everything). */
    public void search(String text) {
        search = text;
        refreshAll();
    }

    /** Reloads after the data changed: rows may have moved, so the remembered cursors no longer match offsets. */
    public void refreshAll() {
        forgetCursors();
        dataView.refreshAll();
    }

    @Override
    public Stream<T> fetch(Query<T, Void> query) {
        return rows(query.getSortOrders(), query.getOffset(), query.getLimit());
    }

    private Stream<T> rows(List<QuerySortOrder> sortOrders, int offset, int limit) {
        String requestedSort = sortOf(sortOrders);
        if (!Objects.equals(requestedSort, sort)) {
            sort = requestedSort;
            forgetCursors();
        }
        Map.Entry<Integer, String> start = cursors.floorEntry(offset);
        int position = start.getKey();
        String cursor = start.getValue();
        List<T> items = new ArrayList<>(limit);
        while (items.size() < limit) {
            boolean skipping = position < offset;
            int size = Math.min(PageRequest.MAX_LIMIT, skipping ? offset - position : limit - items.size());
            Page<T> page = pages.apply(new PageRequest(size, cursor, sort, search));
            if (!skipping) {
                items.addAll(page.items());
            }
            position += page.items().size();
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
            cursors.put(position, cursor);
        }
        return items.stream();
    }

    private void forgetCursors() {
        cursors.tailMap(0, false).clear();
    }

    /** Keyset lists order by one key, so only the first sort order counts. */
    private static String sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return null;
        }
        QuerySortOrder order = orders.get(0);
        return (order.getDirection() == SortDirection.DESCENDING ? "-" : "") + order.getSorted();
    }
}
