package dev.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

class FieldGridTest {
    @Test
    void fieldsFillTheCellsInReadingOrder() {
        FieldGrid grid = new FieldGrid();
        List<Region> fields = fields(5);
        grid.getChildren().addAll(fields);

        assertEquals(List.of("0,0", "1,0", "0,1", "1,1", "0,2"), cells(grid));
    }

    @Test
    void aFieldAddedOrRemovedLaterMovesTheOnesAfterIt() {
        FieldGrid grid = new FieldGrid();
        List<Region> fields = fields(4);
        grid.getChildren().addAll(fields);

        grid.getChildren().remove(fields.get(0));
        assertEquals(List.of("0,0", "1,0", "0,1"), cells(grid));

        grid.getChildren().add(1, new Region());
        assertEquals(List.of("0,0", "1,0", "0,1", "1,1"), cells(grid));
    }

    @Test
    void theColumnsShareTheWidthEqually() {
        FieldGrid grid = new FieldGrid();
        assertEquals(List.of(50.0, 50.0), shares(grid));

        grid.getChildren().addAll(fields(4));
        grid.setColumns(3);

        assertEquals(List.of(100.0 / 3, 100.0 / 3, 100.0 / 3), shares(grid));
        assertEquals(List.of("0,0", "1,0", "2,0", "0,1"), cells(grid));
    }

    @Test
    void aGridWithoutColumnsIsRefused() {
        FieldGrid grid = new FieldGrid();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> grid.setColumns(0));
        assertEquals("a field grid needs at least one column, not 0", refused.getMessage());
        assertEquals(2, grid.getColumns());
    }

    private static List<Region> fields(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Region()).toList();
    }

    private static List<String> cells(GridPane grid) {
        return grid.getChildren().stream().map(FieldGridTest::cell).toList();
    }

    private static String cell(Node child) {
        return GridPane.getColumnIndex(child) + "," + GridPane.getRowIndex(child);
    }

    private static List<Double> shares(GridPane grid) {
        return grid.getColumnConstraints().stream().map(ColumnConstraints::getPercentWidth).toList();
    }
}
