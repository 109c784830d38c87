package dev.intake.fair.summary;

import dev.intake.form.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** Binds the summary page: numbers beside the charts, the triage list and its filter, exports and the purge. */
public final class EventSummaryController {
    /** Asks where to save an export; empty when the user cancelled. Tests answer for the user. */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<Path> pick(String suggestedName);
    }

    /** Asks the user to confirm the purge; true to go ahead. */
    @FunctionalInterface
    public interface Confirm {
        boolean ask(String question);
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00");
    private final EventSummaryViewModel viewModel;
    private final Messages messages;
    private final SaveTarget saveTarget;
    private final Confirm confirm;
    private final ZoneId zone;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private GridPane numbers;
    @FXML private BarChart<String, Number> byJob;
    @FXML private BarChart<String, Number> byRating;
    @FXML private BarChart<String, Number> perHour;
    @FXML private SegmentedButton triage;
    @FXML private Button purge;
    @FXML private TableView<SummaryRow> rows;
    @FXML private Label status;

    public EventSummaryController(EventSummaryViewModel viewModel, Messages messages, SaveTarget saveTarget,
            Confirm confirm, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
        this.saveTarget = Objects.requireNonNull(saveTarget);
        this.confirm = Objects.requireNonNull(confirm);
        this.zone = Objects.requireNonNull(zone);
    }

    @FXML
    private void initialize() {
        title.setText(messages.get("fair.summary.title", viewModel.event().name()));
        for (EventSummaryViewModel.Triage choice : EventSummaryViewModel.Triage.values()) {
            ToggleButton button = new ToggleButton(messages.get(switch (choice) {
                case ALL -> "fair.summary.triage.all";
                case NOT_YET_SENT -> "fair.summary.triage.notSent";
                case MISSING_CONSENT -> "fair.summary.triage.noConsent";
            }));
            button.setUserData(choice);
            button.setSelected(choice == viewModel.triageProperty().get());
            triage.getButtons().add(button);
        }
        triage.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.triageProperty().set((EventSummaryViewModel.Triage) now.getUserData());
            }
        });
        rows.setItems(viewModel.triageRows());
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(column("fair.summary.col.name", SummaryRow::name));
        rows.getColumns().add(column("fair.summary.col.email", SummaryRow::email));
        rows.getColumns().add(column("fair.summary.col.job", SummaryRow::jobTitle));
        rows.getColumns().add(column("fair.summary.col.rating",
                row -> row.rating() == 0 ? "\u2013" : "\u2605".repeat(row.rating())));
        rows.getColumns().add(column("fair.summary.col.consent",
                row -> messages.get(row.consent() ? "fair.summary.yes" : "fair.summary.no")));
        rows.getColumns().add(column("fair.summary.col.state", row -> messages.getOr(
                "history.state." + row.state().name(), row.state().name().toLowerCase(java.util.Locale.ROOT))));
        purge.disableProperty().bind(viewModel.purgeAllowedProperty().not());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.summaryProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.summaryProperty().get());
    }

    private TableColumn<SummaryRow, String> column(String key, Function<SummaryRow, String> value) {
        TableColumn<SummaryRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void show(EventSummary summary) {
        numbers.getChildren().clear();
        addNumber(0, "fair.summary.captured", summary.captured());
        addNumber(1, "fair.summary.sent", summary.sent());
        addNumber(2, "fair.summary.waiting", summary.waiting());
        addNumber(3, "fair.summary.attention", summary.needAttention());
        addNumber(4, "fair.summary.already", summary.alreadyInAts());
        XYChart.Series<String, Number> jobs = new XYChart.Series<>();
        summary.byJob().forEach((job, count) -> jobs.getData().add(new XYChart.Data<>(job, count)));
        byJob.getData().setAll(java.util.List.of(jobs));
        XYChart.Series<String, Number> ratings = new XYChart.Series<>();
        int[] counts = summary.byRating();
        for (int stars = 0; stars < counts.length; stars++) {
            String label = stars == 0 ? messages.get("fair.summary.rating.none") : "\u2605".repeat(stars);
            ratings.getData().add(new XYChart.Data<>(label, counts[stars]));
        }
        byRating.getData().setAll(java.util.List.of(ratings));
        XYChart.Series<String, Number> hours = new XYChart.Series<>();
        for (Map.Entry<Instant, Integer> hour : summary.perHour().entrySet()) {
            hours.getData().add(new XYChart.Data<>(HOUR.format(hour.getKey().atZone(zone)), hour.getValue()));
        }
        perHour.getData().setAll(java.util.List.of(hours));
        for (BarChart<String, Number> chart : java.util.List.of(byJob, byRating, perHour)) {
            wholeNumbers(chart);
        }
    }

    /** Counts are whole: ticks at 0, 1, 2... (every few when they are large), labels read level. */
    private static void wholeNumbers(BarChart<String, Number> chart) {
        int highest = chart.getData().stream().flatMap(series -> series.getData().stream())
                .mapToInt(data -> data.getYValue().intValue()).max().orElse(0);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        int step = Math.max(1, (int) Math.ceil((highest + 1) / 8.0));
        axis.setTickUnit(step);
        axis.setUpperBound(Math.max(step, ((highest / step) + 1) * step));
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number value) {
                return Integer.toString(value.intValue());
            }
        });
        chart.getXAxis().setTickLabelRotation(0);
    }

    private void addNumber(int row, String key, int value) {
        Label name = new Label(messages.get(key));
        Label number = new Label(Integer.toString(value));
        number.getStyleClass().add("summary-number");
        numbers.add(name, 0, row);
        numbers.add(number, 1, row);
    }

    @FXML
    private void exportCsv() {
        export(false);
    }

    @FXML
    private void exportJson() {
        export(true);
    }

    private void export(boolean json) {
        String name = viewModel.event().name().replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        String suggested = name + (json ? ".json" : ".csv");
        saveTarget.pick(suggested).ifPresent(path -> viewModel.export(path, json));
    }

    @FXML
    private void purge() {
        if (confirm.ask(viewModel.purgeQuestion())) {
            viewModel.purge();
        }
    }

    public VBox root() {
        return root;
    }
}
