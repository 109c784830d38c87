package dev.intake.settings;

import dev.intake.ats.ProxyConfig;
import dev.intake.common.Theme;
import dev.intake.common.UserMessage;
import dev.intake.config.Settings;
import dev.intake.form.ChangeTracker;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The inputs of the settings dialog: typed values as form-kit fields with the settings' rules (each problem under
 * its field), the choices as plain properties, and a count of edits.
 */
final class SettingsForm {
    private final ResourceBundle messages;
    private final Field<String> dataDirectory = Field.text("data_directory");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final Field<String> retentionDays = Field.text("retention_days");
    private final StringProperty language = new SimpleStringProperty(this, "language",
            SettingsViewModel.SYSTEM_LANGUAGE);
    private final ObjectProperty<ProxyConfig.Mode> proxyMode = new SimpleObjectProperty<>(this, "proxyMode",
            ProxyConfig.Mode.SYSTEM);
    private final Field<String> proxyHost = Field.text("proxy_host");
    private final Field<String> proxyPort = Field.text("proxy_port");
    private final Field<String> proxyUser = Field.text("proxy_user");
    private final Field<String> proxyPassword = Field.text("proxy_password");
    private final BooleanBinding explicitProxy = proxyMode.isEqualTo(ProxyConfig.Mode.EXPLICIT);
    private final FieldGroup fields = new FieldGroup();
    private final ChangeTracker changes = new ChangeTracker();

    SettingsForm(ResourceBundle messages) {
        this.messages = Objects.requireNonNull(messages);
        dataDirectory.rule(text -> shown(Settings.dataDirectoryProblem(text)));
        retentionDays.rule(text -> shown(Settings.retentionProblem(text)));
        proxyHost.rule(text -> shown(ProxyConfig.hostProblem(text)));
        proxyPort.rule(text -> shown(ProxyConfig.portProblem(text)));
        for (Field<String> field : List.of(dataDirectory, retentionDays, proxyHost, proxyPort, proxyUser,
                proxyPassword)) {
            fields.add(field);
            changes.watch(field.valueProperty());
        }
        changes.watch(theme, language, proxyMode);
        // The proxy's fields count only for "Use this proxy"; left for another mode, they say nothing.
        for (Field<String> field : List.of(proxyHost, proxyPort, proxyUser, proxyPassword)) {
            field.activeProperty().bind(explicitProxy);
        }
        explicitProxy.addListener((obs, was, explicit) -> {
            if (!explicit) {
                proxyHost.reset(proxyHost.get());
                proxyPort.reset(proxyPort.get());
            }
        });
    }

    /** Shows {@code settings} as on a fresh form: no messages. The password field is left as it is. */
    void fill(Settings settings) {
        dataDirectory.reset(Objects.requireNonNullElse(settings.dataDirectory(), ""));
        theme.set(settings.theme());
        retentionDays.reset(Integer.toString(settings.retentionDays()));
        language.set(Objects.requireNonNullElse(settings.language(), SettingsViewModel.SYSTEM_LANGUAGE));
        ProxyConfig proxy = settings.proxy();
        proxyMode.set(proxy.mode());
        proxyHost.reset(Objects.requireNonNullElse(proxy.host(), ""));
        proxyPort.reset(proxy.port() == 0 ? "" : Integer.toString(proxy.port()));
        proxyUser.reset(Objects.requireNonNullElse(proxy.user(), ""));
    }

    /** Shows every counting field's problem; true when there is none. */
    boolean check() {
        fields.revealAll();
        return fields.isValid();
    }

    /** The settings the form holds; call after {@link #check()} passed. */
    Settings settings() {
        ProxyConfig proxy = switch (proxyMode.get()) {
            case SYSTEM -> ProxyConfig.SYSTEM;
            case DIRECT -> ProxyConfig.DIRECT;
            case EXPLICIT -> ProxyConfig.explicit(proxyHost.get(), Integer.parseInt(proxyPort.get().strip()),
                    proxyUser.get());
        };
        return new Settings(dataDirectory.get(), theme.get(), Integer.parseInt(retentionDays.get().strip()),
                blankToNull(language.get()), proxy);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String shown(Optional<UserMessage> problem) {
        return problem.map(p -> p.format(messages)).orElse(null);
    }

    Field<String> dataDirectory() {
        return dataDirectory;
    }

    ObjectProperty<Theme> theme() {
        return theme;
    }

    Field<String> retentionDays() {
        return retentionDays;
    }

    StringProperty language() {
        return language;
    }

    ObjectProperty<ProxyConfig.Mode> proxyMode() {
        return proxyMode;
    }

    Field<String> proxyHost() {
        return proxyHost;
    }

    Field<String> proxyPort() {
        return proxyPort;
    }

    Field<String> proxyUser() {
        return proxyUser;
    }

    Field<String> proxyPassword() {
        return proxyPassword;
    }

    BooleanBinding explicitProxy() {
        return explicitProxy;
    }

    FieldGroup fields() {
        return fields;
    }

    ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }
}
