package dev.crm.web.support;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.audit.FieldChange;
import dev.crm.projections.audit.HistoryEntry;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The audit trail of one record, newest first: when, who, through which channel, and what changed from → to. */
public class HistoryGrid extends Grid<HistoryEntry> {

    private final FieldLabels labels;
    private final FieldValueText values;

    public HistoryGrid(DateTimeFormatter dateTimeFormat, FieldLabels labels) {
        this(dateTimeFormat, labels, FieldValueText.PLAIN);
    }

    /** @param values how values read, for fields that hold ids or codes */
    public HistoryGrid(DateTimeFormatter dateTimeFormat, FieldLabels labels, FieldValueText values) {
        this.labels = labels;
        this.values = values;
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(entry -> dateTimeFormat.format(entry.occurredAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(HistoryEntry::actorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> channelName(entry.channel()))
                .setHeader("Via")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(new ComponentRenderer<>(this::describe))
                .setHeader("What changed")
                .setFlexGrow(1);
    }

    public void show(List<HistoryEntry> entries) {
        setItems(entries.stream()
                .sorted(Comparator.comparingLong(HistoryEntry::version).reversed())
                .toList());
    }

    private Div describe(HistoryEntry entry) {
        Div description = new Div(new Div(action(entry.eventType())));
        boolean created = entry.version() == 1;
        for (FieldChange change : entry.changes()) {
            Span field = new Span(labels.of(change.field()) + ": ");
            field.getStyle().set("color", "var(--lumo-secondary-text-color)");
            String newValue = values.of(change.field(), change.newValue());
            String text = created ? newValue : values.of(change.field(), change.oldValue()) + " → " + newValue;
            description.add(new Div(field, new Span(text)));
        }
        return description;
    }

    /** "ContactUpdated" → "Updated": the record type is already known from where the history is shown. */
    private static String action(String eventType) {
        return eventType.replaceFirst("^.*?(?=[A-Z][a-z]+$)", "");
    }

    private static String channelName(String code) {
        return switch (Channel.fromCode(code)) {
            case UI -> "Web app";
            case API -> "API";
            case ASSISTANT -> "Assistant";
            case MCP -> "MCP client";
            case SYNC -> "Sync";
        };
    }
}
