package dev.crm.web.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.keys.AiKeyChange;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.KeyRefusedException;
import dev.crm.assistant.keys.MasterKey;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.projections.aikey.AiKeyView;
import dev.crm.web.aikey.ProviderNames;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.Notifications;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Settings → AI keys: the workspace owner adds, rotates, picks the default of and revokes the keys the assistant
 * uses. A key is checked with its provider before it is kept and is never shown again, only its last four characters.
 */
class AiKeysTab extends VerticalLayout {

    private final AiKeyService keys;
    private final CurrentUser user;
    private final Grid<AiKeyView> grid = new Grid<>();

    private final Select<AiProvider> provider = new Select<>();
    private final PasswordField apiKey = new PasswordField("API key");
    private final TextField model = new TextField("Model");
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField label = new TextField("Label");
    private final Checkbox isDefault = new Checkbox("Use for new conversations");
    private final Map<String, HasValidation> fields =
            Map.of("provider", provider, "apiKey", apiKey, "model", model, "baseUrl", baseUrl, "label", label);

    AiKeysTab(AiKeyService keys, AiUsage usage, WorkspaceService workspaces, CurrentUser user) {
        this.keys = keys;
        this.user = user;
        setPadding(false);
        setMaxWidth("64rem");
        if (!workspaces.isOwner(user.id())) {
            String owner = workspaces.ownerOf(user.id()).name();
            Paragraph note = new Paragraph("The assistant uses your workspace's AI keys. Only the workspace's owner, "
                    + owner + ", can add or change them.");
            note.setId("ai-keys-owner-only");
            add(note, new UsagePanel(usage, user.id(), false));
            return;
        }
        add(new Paragraph("Keys are checked with their provider before they are kept, stored encrypted, and never "
                + "shown again: only their last four characters."));
        add(keyGrid(), new H3("Add a key"), addForm(), new UsagePanel(usage, user.id(), true));
        refresh();
    }

    private Grid<AiKeyView> keyGrid() {
        grid.setId("ai-keys");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(key -> ProviderNames.of(key.provider()))
                .setHeader("Provider")
                .setFlexGrow(2);
        grid.addColumn(key -> key.label() == null ? "" : key.label())
                .setHeader("Label")
                .setFlexGrow(2);
        grid.addColumn(AiKeyView::model).setHeader("Model").setFlexGrow(2);
        grid.addColumn(key -> "…" + key.last4()).setHeader("Key").setFlexGrow(1);
        grid.addColumn(key -> key.isDefault() ? "Default" : "").setHeader("").setFlexGrow(1);
        grid.addColumn(key -> key.verifiedAt() == null
                        ? ""
                        : user.dateTimeFormat(Locale.getDefault()).format(key.verifiedAt()))
                .setHeader("Checked")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No keys yet: the assistant needs one to answer.");
        return grid;
    }

    private HorizontalLayout actions(AiKeyView key) {
        Button makeDefault = new Button(
                "Make default",
                event -> attempt(
                        () -> keys.change(user.actor(), key.id(), new AiKeyChange(null, null, null, null, true)),
                        "Default key changed"));
        makeDefault.setEnabled(!key.isDefault());
        Button rotate = new Button(
                "Rotate",
                event -> new RotateKeyDialog(key, newKey -> {
                            keys.change(user.actor(), key.id(), new AiKeyChange(newKey, null, null, null, null));
                            refresh();
                        })
                        .open());
        Button revoke = new Button(
                "Revoke",
                event -> attempt(
                        () -> {
                            keys.revoke(user.actor(), key.id());
                            return null;
                        },
                        "Key revoked"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(makeDefault, rotate, revoke)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        revoke.setId("ai-key-revoke-" + key.last4());
        return new HorizontalLayout(makeDefault, rotate, revoke);
    }

    private FormLayout addForm() {
        provider.setLabel("Provider");
        provider.setId("ai-key-provider");
        provider.setItems(AiProvider.values());
        provider.setItemLabelGenerator(ProviderNames::of);
        provider.setValue(AiProvider.ANTHROPIC);
        provider.addValueChangeListener(event -> model.setPlaceholder(
                event.getValue() == null || event.getValue().defaultModel() == null
                        ? ""
                        : event.getValue().defaultModel()));
        model.setPlaceholder(AiProvider.ANTHROPIC.defaultModel());
        model.setHelperText("Empty: the provider's current default");
        baseUrl.setHelperText("Only for a proxy, Azure or a self-hosted server (e.g. http://localhost:11434/v1)");
        apiKey.setId("ai-key-api-key");
        model.setId("ai-key-model");
        baseUrl.setId("ai-key-base-url");
        label.setId("ai-key-label");
        isDefault.setId("ai-key-default");
        Button add = new Button("Check and add", VaadinIcon.PLUS.create(), event -> add());
        add.setId("ai-key-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(provider, apiKey, model, baseUrl, label, isDefault, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private void add() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            AiKeyView added = keys.add(
                    user.actor(),
                    new NewAiKey(
                            provider.getValue(),
                            apiKey.getValue(),
                            blankToNull(model.getValue()),
                            blankToNull(baseUrl.getValue()),
                            blankToNull(label.getValue()),
                            isDefault.getValue()));
            apiKey.clear();
            label.clear();
            Notifications.success(ProviderNames.of(added.provider()) + " key …" + added.last4() + " added");
            refresh();
        } catch (InvalidInputException e) {
            e.errors().forEach(this::show);
        } catch (KeyRefusedException e) {
            show(new FieldError(e.field(), e.getMessage()));
        } catch (MasterKey.MasterKeyMissingException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void attempt(Supplier<Object> change, String done) {
        try {
            change.get();
            Notifications.success(done);
        } catch (RuntimeException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void show(FieldError error) {
        HasValidation field = fields.get(error.field());
        if (field == null) {
            Notifications.error(error.message());
            return;
        }
        field.setErrorMessage(error.message());
        field.setInvalid(true);
    }

    private void refresh() {
        grid.setItems(keys.list(user.id()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
