package dev.intake.app;

import dev.intake.ats.Json;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.TaskExecutor;
import dev.intake.fair.AtsEventPackFetcher;
import dev.intake.fair.EventPacks;
import dev.intake.fair.FairLaunch;
import dev.intake.fair.capture.EventSetup;
import dev.intake.fair.capture.OutboxCaptureStore;
import dev.intake.fair.editor.EventEditorController;
import dev.intake.fair.editor.EventEditorViewModel;
import dev.intake.fair.kiosk.KioskController;
import dev.intake.fair.kiosk.KioskMarker;
import dev.intake.fair.kiosk.KioskTimers;
import dev.intake.fair.kiosk.KioskViewModel;
import dev.intake.fair.kiosk.KioskWindow;
import dev.intake.fair.pack.EventPackBarController;
import dev.intake.fair.pack.EventPackBarViewModel;
import dev.intake.fair.quick.QuickEntryController;
import dev.intake.fair.quick.QuickEntryViewModel;
import dev.intake.fair.summary.EventSummaryController;
import dev.intake.fair.summary.EventSummaryViewModel;
import dev.intake.fair.summary.OutboxSummarySource;
import dev.intake.fair.summary.SummaryExport;
import dev.intake.form.FilePicker;
import dev.intake.form.Messages;
import dev.intake.store.FairEvent;
import dev.intake.store.KioskPin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The Fair menu's screens in the main window: the event editor (new and edit), open event, quick entry and the
 * summary as tabs, the kiosk as its own full-screen window; and, at start, back into a kiosk that was running when
 * Intake stopped.
 */
final class FairWindows {
    private final AppServices services;
    private final Workspace workspace;
    private final MainWindowController window;
    private final Stage stage;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock = Clock.systemDefaultZone();
    private EventPacks.Opened current;

    FairWindows(AppServices services, Workspace workspace, MainWindowController window, Stage stage,
            Messages messages) {
        this.services = services;
        this.workspace = workspace;
        this.window = window;
        this.stage = stage;
        this.messages = messages;
        this.executor = services.executor();
    }

    /** Wires the Fair menu, then opens what the command line or a kiosk that never closed asks for. */
    void install(FairLaunch launch) {
        window.setFairActions(this::newEvent, this::openEvent, this::editEvent, this::kiosk, this::summary);
        KioskMarker marker = new KioskMarker(workspace.dataDirectory());
        executor.wrap(() -> {
            Optional<String> crashed = marker.pending();
            if (crashed.isPresent()) {
                return new Start(workspace.events().byId(crashed.get()), true);
            }
            return new Start(launch.event(workspace.events(), services.profile().id(), LocalDate.now(clock)),
                    launch.kiosk());
        }).onSuccess(start -> start.event().ifPresent(event -> open(event, start.kiosk())))
                .onFailure(this::problem).start();
    }

    private record Start(Optional<FairEvent> event, boolean kiosk) {
    }

    /** The editor on an empty event of today; once saved, the event opens in quick entry. */
    private void newEvent() {
        editor(EventEditorViewModel.blank(services.profile().id(), LocalDate.now(clock)), saved -> open(saved, false));
    }

    /** The editor on the open event; once saved, its tabs show the changes (see {@link #applyEdit}). */
    private void editEvent() {
        if (current != null) {
            editor(current.event(), this::applyEdit);
        }
    }

    private void editor(FairEvent event, Consumer<FairEvent> afterSave) {
        EventEditorViewModel viewModel = new EventEditorViewModel(event, workspace.events(), workspace.eventPacks(),
                executor, messages, new KioskPin(new SecureRandom()));
        Parent view = load(EventEditorController.FXML, new EventEditorController(viewModel, messages));
        String title = viewModel.isNew() ? messages.get("fair.editor.title.new")
                : messages.get("fair.editor.title.edit", event.name());
        Stage dialog = Fxml.modalWindow(stage, view, title);
        Stylesheet.apply(dialog.getScene(), workspace.settings().theme());
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                afterSave.accept(saved);
            }
        });
        viewModel.start();
        dialog.show();
    }

    /**
     * The open event was edited: the summary tabs of the event are rebuilt on the saved event, and so are its
     * quick-entry tabs with nothing in them. A quick-entry tab holding a visitor (typed, cleared but still undoable,
     * or not yet written) is never rebuilt, as that would lose the visitor; it stays as it is, on the event as it
     * was, and a notice says how to capture with the changes.
     */
    private void applyEdit(FairEvent saved) {
        if (current == null || !current.event().id().equals(saved.id())) {
            return;
        }
        current = new EventPacks.Opened(saved, current.pack(), current.refreshFailure());
        boolean keptVisitor = false;
        for (Tab tab : List.copyOf(window.tabs().getTabs())) {
            if (!(tab.getUserData() instanceof EventTab open) || !open.eventId().equals(saved.id())) {
                continue;
            }
            if (open.quickEntry() == null) {
                summaryTab(tab);
            } else if (open.quickEntry().holdsWork()) {
                keptVisitor = true;
            } else {
                quickEntryTab(current, tab);
            }
        }
        if (keptVisitor) {
            window.showNotice(messages.get("fair.menu.editEvent.applied", saved.name()),
                    messages.get("fair.menu.dismiss"));
        }
    }

    /**
     * What a tab of the Fair menu shows: the event, and quick entry's view-model and its event pack line (both null
     * for the summary).
     */
    private record EventTab(String eventId, QuickEntryViewModel quickEntry, EventPackBarViewModel pack) {
        /** The tab closes or shows something else: what is typed is kept, and the pack's age stops ticking. */
        boolean close() {
            if (pack != null) {
                pack.close();
            }
            return quickEntry != null && quickEntry.close();
        }
    }

    private void openEvent() {
        executor.wrap(() -> workspace.events().all()).onSuccess(events -> {
            if (events.isEmpty()) {
                newEvent();
                return;
            }
            ChoiceDialog<String> dialog = new ChoiceDialog<>(events.getFirst().name(),
                    events.stream().map(FairEvent::name).toList());
            dialog.initOwner(stage);
            dialog.setTitle(messages.get("fair.menu.openEvent.title"));
            dialog.setHeaderText(messages.get("fair.menu.openEvent.header"));
            dialog.showAndWait().flatMap(name -> events.stream().filter(e -> e.name().equals(name)).findFirst())
                    .ifPresent(event -> open(event, false));
        }).onFailure(this::problem).start();
    }

    /** Opens the event: its pack refreshed while online, else the kept one; quick entry or the kiosk on it. */
    private void open(FairEvent event, boolean kiosk) {
        EventPacks packs = packs();
        executor.wrap(() -> packs.open(event)).onSuccess(opened -> {
            current = opened;
            window.eventOpened();
            if (kiosk) {
                kiosk();
            } else {
                quickEntryTab(opened, null);
            }
        }).onFailure(this::problem).start();
    }

    private EventPacks packs() {
        return new EventPacks(workspace.events(), workspace.eventPacks(),
                new AtsEventPackFetcher(services.ats(), clock), clock);
    }

    private EventSetup setup(EventPacks.Opened opened) {
        return EventSetup.of(opened.event(), Optional.of(opened.pack()));
    }

    private OutboxCaptureStore captures(EventPacks.Opened opened) {
        return new OutboxCaptureStore(services.outbox(), opened.event(), setup(opened).jobs(),
                services.profile().id(), messages);
    }

    /**
     * Quick entry on {@code opened}, under the line that says what its event pack holds, in {@code tab} (replacing
     * what it showed) or in a new tab when null. A refreshed pack's jobs go to the form at once.
     */
    private void quickEntryTab(EventPacks.Opened opened, Tab tab) {
        if (tab != null && tab.getUserData() instanceof EventTab before) {
            before.close();
        }
        QuickEntryViewModel viewModel = new QuickEntryViewModel(setup(opened), captures(opened), services.drafts(),
                executor, messages, clock);
        EventPackBarViewModel pack = new EventPackBarViewModel(opened, packs(), executor, messages, clock, fresh -> {
            if (current != null && current.event().id().equals(fresh.event().id())) {
                current = new EventPacks.Opened(current.event(), fresh.pack(), null);
            }
            viewModel.offerJobs(setup(fresh).jobs());
        });
        EventPackBarController packLine = new EventPackBarController(pack);
        Parent form = load("/fxml/QuickEntry.fxml", new QuickEntryController(viewModel, messages));
        VBox.setVgrow(form, Priority.ALWAYS);
        VBox page = new VBox(load("/fxml/EventPackBar.fxml", packLine), form);
        packLine.refreshOnF5(page);
        viewModel.start();
        pack.start();
        Tab shown = showTab(tab, messages.get("fair.quick.title", opened.event().name()), page,
                new EventTab(opened.event().id(), viewModel, pack));
        // The tab may show another screen later (an edit rebuilds it): close what it shows when it closes.
        shown.setOnClosed(event -> {
            if (shown.getUserData() instanceof EventTab open && open.close()) {
                window.showNotice(messages.get("fair.quick.keptOnClose", opened.event().name()),
                        messages.get("fair.menu.dismiss"));
            }
        });
    }

    private void kiosk() {
        if (current == null) {
            openEvent();
            return;
        }
        FairEvent event = current.event();
        if (event.kioskPinHash() == null) {
            Optional<String> pin = askPin();
            if (pin.isEmpty()) {
                return;
            }
            String hash = new KioskPin(new SecureRandom()).hash(pin.get().toCharArray());
            FairEvent withPin = event.withKioskPinHash(hash);
            executor.wrap(() -> workspace.events().save(withPin)).onSuccess(saved -> {
                current = new EventPacks.Opened(saved, current.pack(), current.refreshFailure());
                kiosk();
            }).onFailure(this::problem).start();
            return;
        }
        KioskViewModel viewModel = new KioskViewModel(setup(current), captures(current), executor, messages, clock,
                KioskTimers.STANDARD, typed -> KioskPin.matches(typed, event.kioskPinHash()));
        KioskController controller = new KioskController(viewModel, messages, FilePicker.system(), true);
        Stage kioskStage = new Stage();
        KioskWindow.open(kioskStage, viewModel, controller, messages, new KioskMarker(workspace.dataDirectory()),
                workspace.settings().theme(), true, () -> { });
    }

    private Optional<String> askPin() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("fair.menu.pin.title"));
        dialog.setHeaderText(messages.get("fair.menu.pin.header"));
        return dialog.showAndWait().map(String::strip).filter(pin -> KioskPin.acceptable(pin.toCharArray()));
    }

    private void summary() {
        if (current == null) {
            openEvent();
            return;
        }
        summaryTab(null);
    }

    /** The summary of the open event, in {@code tab} (replacing what it showed) or in a new tab when null. */
    private void summaryTab(Tab tab) {
        FairEvent event = current.event();
        EventSummaryViewModel viewModel = new EventSummaryViewModel(event, setup(current).jobs(),
                new OutboxSummarySource(services.outbox(), workspace.submissions(), event), executor, messages,
                clock, new SummaryExport(Json.mapper()));
        EventSummaryController controller = new EventSummaryController(viewModel, messages, suggested -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(suggested);
            File file = chooser.showSaveDialog(stage);
            return Optional.ofNullable(file).map(File::toPath);
        }, question -> new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL)
                .showAndWait().filter(ButtonType.OK::equals).isPresent(), ZoneId.systemDefault());
        Parent view = load("/fxml/EventSummary.fxml", controller);
        viewModel.refresh();
        showTab(tab, messages.get("fair.summary.title", event.name()), view, new EventTab(event.id(), null, null));
    }

    private Parent load(String resource, Object controller) {
        try {
            return Fxml.load(resource, messages.bundle(), controller);
        } catch (IOException e) {
            // The views ship inside the application: failing to load one is a build defect.
            throw new UncheckedIOException(e);
        }
    }

    private Tab showTab(Tab existing, String title, Parent view, EventTab what) {
        Tab tab = existing == null ? new Tab() : existing;
        tab.setText(title);
        tab.setContent(view);
        tab.setUserData(what);
        tab.setClosable(true);
        if (existing == null) {
            window.tabs().getTabs().add(tab);
            window.tabs().getSelectionModel().select(tab);
        }
        return tab;
    }

    private void problem(Throwable error) {
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        window.showNotice(messages.get("fair.menu.failed", why), messages.get("fair.menu.dismiss"));
    }
}
