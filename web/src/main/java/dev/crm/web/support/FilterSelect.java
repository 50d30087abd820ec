package dev.crm.web.support;

import com.vaadin.flow.component.select.Select;

/** A select that narrows a list to one value of an enum (a status, a priority); its empty choice means all. */
public final class FilterSelect {

    private FilterSelect() {}

    @SafeVarargs
    public static <E extends Enum<E>> Select<E> of(String id, String allCaption, E... values) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setAriaLabel(allCaption);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(allCaption);
        select.setItemLabelGenerator(value -> value == null ? allCaption : EnumLabels.of(value));
        return select;
    }
}
