package dev.intake.importing.ui;

import dev.intake.form.Messages;
import dev.intake.importing.ImportField;
import dev.intake.importing.ImportResult;
import dev.intake.importing.PlannedRow;
import dev.intake.importing.RowState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

/**
 * The import's three tables: the columns to map, the checked grid (a virtualised {@link TableView}: only the rows in
 * sight have cells, so 55,000 rows scroll like 50), and the report.
 */
final class ImportTables {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass REPEATED = PseudoClass.getPseudoClass("repeated");

    private ImportTables() {
    }

    static void mapping(TableView<ColumnChoice> table, Messages messages) {
        TableColumn<ColumnChoice, String> header = text(messages.get("import.ui.mapping.column"),
                ColumnChoice::header);
        TableColumn<ColumnChoice, String> example = text(messages.get("import.ui.mapping.example"),
                ColumnChoice::example);
        TableColumn<ColumnChoice, ImportField> field = new TableColumn<>(messages.get("import.ui.mapping.field"));
        field.setCellValueFactory(cell -> cell.getValue().fieldProperty());
        List<ImportField> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(ImportField.values()));
        field.setCellFactory(column -> new FieldCell(choices, messages));
        header.setPrefWidth(260);
        example.setPrefWidth(360);
        field.setPrefWidth(220);
        table.getColumns().setAll(List.of(header, example, field));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** A column's field, as a choice always in sight: one click picks it, without first entering an edit mode. */
    private static final class FieldCell extends TableCell<ColumnChoice, ImportField> {
        private final ComboBox<ImportField> choice = new ComboBox<>();
        private ColumnChoice bound;

        FieldCell(List<ImportField> choices, Messages messages) {
            choice.setItems(FXCollections.observableArrayList(choices));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportField value) {
                    return value == null ? messages.get("import.ui.mapping.none") : value.label();
                }

                @Override
                public ImportField fromString(String text) {
                    return null;
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ImportField field, boolean empty) {
            super.updateItem(field, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound.fieldProperty());
                bound = null;
            }
            ColumnChoice row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            choice.valueProperty().bindBidirectional(row.fieldProperty());
            choice.setAccessibleText(row.header());
            setGraphic(choice);
        }
    }

    /** The grid's columns: row number, state, then one editable column per header of the file. */
    static void grid(TableView<PlannedRow> table, ImportGrid grid, Messages messages) {
        List<TableColumn<PlannedRow, ?>> columns = new ArrayList<>();
        TableColumn<PlannedRow, Number> number = new TableColumn<>(messages.get("import.ui.rows.row"));
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().rowNumber()));
        number.setPrefWidth(56);
        number.setEditable(false);
        columns.add(number);
        TableColumn<PlannedRow, String> state = new TableColumn<>(messages.get("import.ui.rows.state"));
        state.setCellValueFactory(cell -> new ReadOnlyStringWrapper(grid.stateText(cell.getValue())));
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                PlannedRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : text);
                pseudoClassStateChanged(INVALID, row != null && row.state() == RowState.INVALID);
                pseudoClassStateChanged(REPEATED, row != null && row.state() == RowState.DUPLICATE);
                String problem = row == null ? "" : grid.rowProblem(row);
                setTooltip(problem.isEmpty() ? null : new Tooltip(problem));
            }
        });
        state.setPrefWidth(84);
        state.setEditable(false);
        columns.add(state);
        List<String> headers = grid.headers();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<PlannedRow, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell(cell.getValue(), index)));
            column.setCellFactory(c -> new CheckedCell(grid, index));
            column.setOnEditCommit(edit -> grid.edit(edit.getRowValue().rowNumber(), index, edit.getNewValue()));
            column.setPrefWidth(150);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.getSelectionModel().setCellSelectionEnabled(true);
    }

    private static String cell(PlannedRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : "";
    }

    /** A cell of the file: red and with the problem as its tooltip when the check found one in this column. */
    private static final class CheckedCell extends TextFieldTableCell<PlannedRow, String> {
        private final ImportGrid grid;
        private final int column;
        private final Tooltip tooltip = new Tooltip();

        CheckedCell(ImportGrid grid, int column) {
            super(new DefaultStringConverter());
            this.grid = grid;
            this.column = column;
            getStyleClass().add("import-cell");
        }

        @Override
        public void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            PlannedRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String problem = row == null ? "" : grid.problem(row, column);
            // A repeated row is not wrong, only not sent: it is marked apart from cells to fix.
            boolean repeated = row != null && row.state() == RowState.DUPLICATE;
            pseudoClassStateChanged(INVALID, !problem.isEmpty() && !repeated);
            pseudoClassStateChanged(REPEATED, !problem.isEmpty() && repeated);
            // One tooltip per cell, reused as the cell shows other rows while scrolling.
            if (problem.isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(problem);
                setTooltip(tooltip);
            }
            setAccessibleHelp(problem.isEmpty() ? null : problem);
        }
    }

    static void report(TableView<ImportResult> table, ImportRun run, Messages messages) {
        TableColumn<ImportResult, Number> row = new TableColumn<>(messages.get("import.ui.rows.row"));
        row.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row()));
        row.setPrefWidth(56);
        TableColumn<ImportResult, String> state = text(messages.get("import.ui.rows.state"),
                result -> run.outcomeText(result.state()));
        state.setPrefWidth(130);
        TableColumn<ImportResult, String> email = text(messages.get("import.ui.report.email"),
                result -> result.email() == null ? "" : result.email());
        email.setPrefWidth(220);
        TableColumn<ImportResult, String> problem = text(messages.get("import.ui.report.problem"),
                result -> result.error() == null ? "" : result.error().message());
        problem.setPrefWidth(520);
        table.getColumns().setAll(List.of(row, state, email, problem));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
