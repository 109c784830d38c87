package dev.intake.app;

import dev.intake.accounts.AccountsFailures;
import dev.intake.accounts.ConnectionOutcome;
import dev.intake.accounts.ConnectionReport;
import dev.intake.accounts.Profile;
import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.UserMessage;
import dev.intake.form.Messages;
import dev.intake.forward.SendToAccountController;
import dev.intake.forward.SendToAccountViewModel;
import dev.intake.history.HistoryController;
import dev.intake.history.HistoryViewModel;
import dev.intake.importing.FileMappingStore;
import dev.intake.importing.ui.ImportController;
import dev.intake.importing.ui.ImportViewModel;
import dev.intake.importing.ui.OutboxImportSender;
import dev.intake.instance.InstanceBeacon;
import dev.intake.profiles.ProfileSubmissions;
import dev.intake.profiles.ProfileSwitcherController;
import dev.intake.profiles.ProfileSwitcherViewModel;
import dev.intake.profiles.ProfilesController;
import dev.intake.profiles.ProfilesModel;
import dev.intake.profiles.ProfilesViewModel;
import dev.intake.settings.SettingsController;
import dev.intake.settings.SettingsViewModel;
import dev.intake.store.OutboxCounts;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionNotes;
import dev.intake.store.SubmissionState;
import dev.intake.wizard.WizardViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.stage.Stage;

/**
 * What the installed application adds to the main window around the wizard: the profile switcher (switching
 * rebuilds the wizard on that profile's ATS), the history tab and its actions, the status bar with the outbox's
 * counts and the connection state, the Profiles and Settings dialogs, the theme, start-up notices and the retention
 * purge. Lives on the UI thread; everything blocking goes through the workspace's executor.
 */
final class Desktop {
    private static final System.Logger LOG = System.getLogger(Desktop.class.getName());
    /** The folder in the data directory where column mappings chosen in imports are remembered. */
    static final String IMPORT_MAPPINGS = "import-mappings";
    private static final int JOB_PAGE = 100;
    private final IntakeApp app;
    private final MainWindowController window;
    private final Stage stage;
    private final Workspace workspace;
    private final Messages messages;
    private final ResourceBundle bundle;
    private final Label pendingCount = new Label();
    private final Label failedCount = new Label();
    private final Label connectionState = new Label();
    private final SubmissionNotices notices;
    private ProfilesModel profiles;
    private HistoryViewModel history;
    private Profile wizardProfile;
    private long switchGeneration;
    private long probeGeneration;
    private Runnable stopCounts = () -> { };
    private Runnable stopSubmissions = () -> { };
    private InstanceBeacon beacon;
    private OutboxCounts lastCounts = new OutboxCounts(0, 0);
    private boolean closed;

    Desktop(IntakeApp app, MainWindowController window, Stage stage, Workspace workspace, Messages messages) {
        this.app = app;
        this.window = window;
        this.stage = stage;
        this.workspace = workspace;
        this.messages = messages;
        this.bundle = messages.bundle();
        this.notices = new SubmissionNotices(messages, new FxNotifications(stage));
    }

    void install() throws IOException {
        profiles = new ProfilesModel(workspace.accounts().profiles(), workspace.executor());
        wizardProfile = app.wizard().map(WizardViewModel::profile).orElse(null);
        ProfileSwitcherViewModel switcher = new ProfileSwitcherViewModel(profiles, bundle);
        window.profileArea().getChildren().setAll(ProfileSwitcherController.load(switcher, this::openProfiles,
                bundle));
        profiles.currentProperty().addListener((obs, old, now) -> profileChanged(now));

        history = new HistoryViewModel(workspace.submissions(), workspace.drafts(), workspace.outbox(),
                workspace.executor(), Clock.systemDefaultZone(), bundle);
        history.setRequestHandler(this::historyRequest);
        history.setNotes(localId -> workspace.notes().of(localId).stream().map(SubmissionNotes.Note::text).toList());
        window.showHistory(this::historyView);

        pendingCount.setId("pendingCount");
        failedCount.setId("failedCount");
        connectionState.setId("connectionState");
        for (Label item : List.of(connectionState, pendingCount, failedCount)) {
            // Room on both sides of each item, so the separators between them do not touch the text.
            item.setPadding(new Insets(0, 6, 0, 6));
        }
        window.statusBar().getLeftItems().setAll(connectionState);
        window.statusBar().getRightItems().setAll(pendingCount, new Separator(Orientation.VERTICAL), failedCount);
        showCounts(new OutboxCounts(0, 0));
        // Both listeners are called on the outbox's thread: hop to the UI thread before touching a label.
        stopCounts = workspace.outbox().addCountsListener(counts -> workspace.executor().runOnUi(() ->
                showCounts(counts)));
        stopSubmissions = workspace.outbox().addListener(changed -> workspace.executor().runOnUi(() ->
                submissionChanged(changed)));
        workspace.executor().wrap(workspace.outbox()::counts).onSuccess(this::showCounts).start();

        window.setProfilesAction(this::openProfiles);
        window.setSettingsAction(this::openSettings);
        if (!workspace.readOnly()) {
            window.setImportAction(this::openImport);
        }
        stage.setOnCloseRequest(event -> {
            if (!mayQuit()) {
                event.consume();
            }
        });
        window.setQuitAction(() -> {
            if (mayQuit()) {
                stage.hide();
            }
        });
    }

    /**
     * Quitting while applications are still waiting to be sent is asked about first: they stay saved, but are only
     * sent while Intake runs, which at a fair without Wi-Fi may not be what the user expects. Enter keeps it open.
     */
    private boolean mayQuit() {
        if (workspace.readOnly() || lastCounts.pending() == 0) {
            return true;
        }
        ButtonType keepOpen = new ButtonType(messages.get("main.quit.pending.keepOpen"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(messages.get("main.quit.pending.quit"), ButtonBar.ButtonData.OK_DONE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("main.quit.pending.detail", lastCounts.pending()), keepOpen, quit);
        question.initOwner(stage);
        question.setTitle(messages.get("app.title"));
        question.setHeaderText(messages.get("main.quit.pending.header", lastCounts.pending()));
        ((Button) question.getDialogPane().lookupButton(quit)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(keepOpen)).setDefaultButton(true);
        return question.showAndWait().filter(quit::equals).isPresent();
    }

    /** Once the window shows: what start-up found, the connection check, and the retention purge. */
    void shown() {
        for (UserMessage notice : workspace.notices()) {
            window.showNotice(notice.format(bundle), bundle.getString("main.notice.dismiss"));
        }
        checkConnection();
        if (!workspace.readOnly()) {
            history.purgeOlderThan(workspace.settings().retentionDays());
            listenForSecondStarts();
        }
    }

    /**
     * Intake started again on this data (from the menu, the dock) brings this window forward instead of opening a
     * second one. Only the window that owns the data answers; a read-only one never does.
     */
    private void listenForSecondStarts() {
        workspace.executor().wrap(() -> InstanceBeacon.start(workspace.dataDirectory(),
                        () -> Platform.runLater(this::comeForward)))
                .onSuccess(started -> {
                    if (closed) {
                        closeInBackground(started);
                    } else {
                        beacon = started;
                    }
                })
                .onFailure(e -> LOG.log(System.Logger.Level.WARNING,
                        "Starting Intake again will open a read-only window: {0}", e.getMessage()))
                .start();
    }

    private void comeForward() {
        if (closed) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Closes the beacon on the executor, which lets it finish before the process ends. Once the executor itself has
     * closed (the beacon started as the window was closing), on this thread: closing it takes no time worth a frame.
     */
    private void closeInBackground(InstanceBeacon beacon) {
        try {
            workspace.executor().wrap(() -> {
                beacon.close();
                return null;
            }).start();
        } catch (RejectedExecutionException closing) {
            beacon.close();
        }
    }

    /** The history view, built when its tab is first shown; it starts reading the submissions then. */
    private Parent historyView() {
        try {
            Parent view = Fxml.load("/fxml/HistoryView.fxml", bundle,
                    new HistoryController(history, bundle, workspace.settings().retentionDays()));
            history.open();
            return view;
        } catch (IOException e) {
            // The view ships inside the application: failing to load it is a build defect.
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        closed = true;
        if (beacon != null) {
            closeInBackground(beacon);
            beacon = null;
        }
        stopCounts.run();
        stopSubmissions.run();
        history.close();
    }

    // ---- profiles -------------------------------------------------------------------------------------------

    private void profileChanged(Profile now) {
        if (now == null || now.equals(wizardProfile)) {
            return;
        }
        wizardProfile = now;
        long generation = ++switchGeneration;
        String label = profiles.label(now, bundle);
        app.showWizardPlaceholder(messages.get("main.switching", label));
        workspace.executor().wrap(() -> workspace.connections().ats(now)).onSuccess(ats -> {
            if (generation == switchGeneration) {
                app.showWizard(ats, now);
            }
        }).onFailure(error -> {
            if (generation == switchGeneration) {
                app.showWizardPlaceholder(AccountsFailures.describe(error).format(bundle));
            }
        }).start();
        checkConnection();
    }

    private void openProfiles() {
        ProfilesViewModel viewModel = new ProfilesViewModel(profiles, workspace.tester(),
                workspace.connections()::sandboxConnection, bundle, ProfileSubmissions.of(workspace.backlog(),
                        Clock.systemUTC(), () -> workspace.outbox().awaitPass()));
        try {
            themed(ProfilesController.open(stage, viewModel, bundle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- import ---------------------------------------------------------------------------------------------

    /** Opens the import dialog for the current profile, with {@code file} or (when null) asking for it. */
    private void openImport(Path file) {
        Profile profile = profiles.current();
        ImportViewModel model = new ImportViewModel(workspace.executor(),
                new FileMappingStore(workspace.dataDirectory().resolve(IMPORT_MAPPINGS), Json.mapper()),
                () -> openJobs(profile), new OutboxImportSender(workspace.outbox(), profile.id(), messages),
                Clock.systemUTC(), messages, Json.mapper());
        try {
            Stage dialog = ImportController.open(stage, model, messages, file);
            if (dialog != null) {
                themed(dialog);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every open job of {@code profile}'s ATS, page by page (blocking: runs on the executor). */
    private List<Job> openJobs(Profile profile) throws IOException {
        try {
            List<Job> jobs = new ArrayList<>();
            workspace.connections().ats(profile).jobs("open", JOB_PAGE).iterator().forEachRemaining(jobs::add);
            return jobs;
        } catch (RuntimeException e) {
            throw new IOException(AccountsFailures.describe(e).format(bundle), e);
        }
    }

    // ---- settings -------------------------------------------------------------------------------------------

    private void openSettings() {
        SettingsViewModel viewModel = new SettingsViewModel(workspace.accounts().settingsStore(),
                workspace.accounts().credentials(), workspace.executor(), bundle, workspace.settings(),
                workspace::diagnostics, () -> workspace.submissions().unsettledIds().size());
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            workspace.settingsSaved(saved);
            Stylesheet.apply(stage.getScene(), saved.theme());
            notices.settingsSaved();
        });
        try {
            Stage dialog = themed(SettingsController.open(stage, viewModel, bundle));
            viewModel.savedProperty().addListener((obs, old, saved) -> Stylesheet.apply(dialog.getScene(),
                    saved.theme()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stage themed(Stage dialog) {
        Stylesheet.apply(dialog.getScene(), workspace.settings().theme());
        return dialog;
    }

    // ---- history --------------------------------------------------------------------------------------------

    /** Reads the submissions and the connected profiles in the background, then opens the dialog. */
    private void openSendToAccount(List<Long> localIds) {
        SubmissionNotes notes = workspace.notes();
        workspace.executor().wrap(() -> localIds.stream().map(workspace.outbox()::get)
                .filter(Objects::nonNull).toList())
                .onSuccess(submissions -> {
                    SendToAccountViewModel model = new SendToAccountViewModel(submissions,
                            workspace.connections().profiles().profiles(), workspace.connections()::ats,
                            workspace.outbox(), new SendToAccountViewModel.Notes() {
                                @Override
                                public void addSentTo(long localId, String note) {
                                    notes.add(localId, SubmissionNotes.SENT_TO, note);
                                }

                                @Override
                                public boolean wasSent(long localId) {
                                    return notes.has(localId, SubmissionNotes.SENT_TO);
                                }
                            }, workspace.executor(), bundle);
                    try {
                        themed(SendToAccountController.open(stage, model, bundle));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
    }

    private void historyRequest(HistoryViewModel.Request request) {
        if (request instanceof HistoryViewModel.SendToAccount send) {
            openSendToAccount(send.localIds());
            return;
        }
        WizardViewModel wizard = app.wizard().orElse(null);
        if (wizard == null) {
            return;
        }
        switch (request) {
            case HistoryViewModel.EditAndResubmit edit ->
                    wizard.editSubmission(edit.submission().localId(), edit.submission().request());
            case HistoryViewModel.NewApplicationFor again -> wizard.newApplicationFor(again.candidateId(),
                    again.candidate());
            case HistoryViewModel.SendToAccount send -> {
                // Opened above: it needs no wizard.
            }
        }
        window.tabs().getSelectionModel().selectFirst();
    }

    // ---- status bar -----------------------------------------------------------------------------------------

    private void showCounts(OutboxCounts counts) {
        lastCounts = counts;
        pendingCount.setText(messages.get("main.status.pending", counts.pending()));
        failedCount.setText(messages.get("main.status.failed", counts.failed()));
        failedCount.getStyleClass().remove("needs-attention");
        if (counts.failed() > 0) {
            failedCount.getStyleClass().add("needs-attention");
        }
    }

    private void submissionChanged(Submission changed) {
        SubmissionState state = changed.state();
        notices.changed(changed);
        if (state == SubmissionState.CREATED) {
            showConnection(profiles.current(), ConnectionOutcome.CONNECTED, null);
        } else if (state == SubmissionState.WAITING_TO_RETRY) {
            checkConnection();
        }
    }

    /** Asks the current profile's ATS for one location, in the background, and shows the answer. */
    private void checkConnection() {
        Profile profile = profiles.current();
        long generation = ++probeGeneration;
        connectionState.setText(messages.get("main.status.checking", profiles.label(profile, bundle)));
        workspace.executor().wrap(() -> workspace.tester().test(workspace.connections().connection(profile)))
                .onSuccess(report -> {
                    if (generation == probeGeneration) {
                        showConnection(profile, report.outcome(), report);
                    }
                }).onFailure(error -> {
                    if (generation == probeGeneration) {
                        connectionState.setText(messages.get("main.status.connection", profiles.label(profile,
                                bundle), AccountsFailures.describe(error).format(bundle)));
                    }
                }).start();
    }

    private void showConnection(Profile profile, ConnectionOutcome outcome, ConnectionReport report) {
        String label = profiles.label(profile, bundle);
        connectionState.setText(outcome == ConnectionOutcome.CONNECTED || report == null
                ? messages.get("main.status.connected", label)
                : messages.get("main.status.connection", label, report.message().format(bundle)));
    }
}
