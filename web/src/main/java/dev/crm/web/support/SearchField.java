package dev.crm.web.support;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Duration;

/** The search box above a list: searches as the user pauses typing, within the length the lists accept. */
public final class SearchField {

    private static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private SearchField() {}

    public static TextField create(String id, String placeholder, SerializableConsumer<String> search) {
        TextField field = new TextField();
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(200);
        field.setWidth("22rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout((int) SEARCH_DELAY.toMillis());
        field.addValueChangeListener(event -> search.accept(event.getValue()));
        return field;
    }
}
