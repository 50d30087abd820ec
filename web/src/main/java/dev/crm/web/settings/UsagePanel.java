package dev.crm.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.web.support.Notifications;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;

/** The assistant's tokens this month, for everyone; the monthly budget, which the owner sets. */
class UsagePanel extends VerticalLayout {

    private final AiUsage usage;
    private final UUID userId;
    private final Paragraph figures = new Paragraph();
    private final BigDecimalField budget = new BigDecimalField("Monthly token budget");

    UsagePanel(AiUsage usage, UUID userId, boolean owner) {
        this.usage = usage;
        this.userId = userId;
        setPadding(false);
        figures.setId("ai-usage");
        add(new H3("Usage this month"), figures);
        if (owner) {
            budget.setId("ai-budget");
            budget.setPlaceholder("No limit");
            budget.setHelperText("Tokens in and out a month; past it the assistant says so instead of asking the "
                    + "provider. Empty for no limit.");
            Button save = new Button("Save budget", click -> save());
            save.setId("ai-budget-save");
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(budget, save);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(row);
        }
        show(usage.thisMonth(userId));
    }

    private void save() {
        BigDecimal value = budget.getValue();
        try {
            show(usage.setBudget(userId, value == null ? null : value.longValueExact()));
            budget.setInvalid(false);
            Notifications.success("Budget saved");
        } catch (InvalidInputException e) {
            budget.setErrorMessage(e.errors().get(0).message());
            budget.setInvalid(true);
        } catch (ArithmeticException notWhole) {
            budget.setErrorMessage("A whole number of tokens");
            budget.setInvalid(true);
        }
    }

    private void show(AiUsage.MonthlyUsage month) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        figures.setText(numbers.format(month.tokensIn()) + " tokens in, " + numbers.format(month.tokensOut())
                + " out, in " + numbers.format(month.turns()) + " turns"
                + (month.budget() == null
                        ? "; no budget."
                        : " — " + numbers.format(month.tokens()) + " of the budget of " + numbers.format(month.budget())
                                + " tokens."));
        budget.setValue(month.budget() == null ? null : BigDecimal.valueOf(month.budget()));
    }
}
