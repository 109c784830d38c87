package dev.intake.wizard.candidate;

import dev.intake.ats.Candidate;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.form.Field;
import dev.intake.form.FieldGrid;
import dev.intake.form.FieldViews;
import dev.intake.form.HiddenParts;
import dev.intake.form.Messages;
import dev.intake.wizard.candidate.CandidateStepViewModel.Mode;
import dev.intake.wizard.step.StepView;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the candidate page to its view-model; builds the rows the view-model lists. */
public final class CandidateStepController implements StepView {
    private final CandidateStepViewModel vm;
    private final Messages messages;
    private final Map<Field<?>, Node> controls = new IdentityHashMap<>();
    private final Map<Object, Node> rowNodes = new IdentityHashMap<>();

    @FXML private ScrollPane root;
    @FXML private ToggleGroup modeGroup;
    @FXML private RadioButton newMode;
    @FXML private RadioButton existingMode;
    @FXML private VBox existingPane;
    @FXML private TextField lookupField;
    @FXML private Label lookupStatus;
    @FXML private ListView<Candidate> lookupResults;
    @FXML private Label chosenError;
    @FXML private VBox newPane;
    @FXML private VBox duplicateBox;
    @FXML private Label duplicateDetail;
    @FXML private Label duplicateProblem;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private TextField fullName;
    @FXML private Label nameHint;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private ComboBox<Country> country;
    @FXML private Label countryError;
    @FXML private DatePicker hiredDate;
    @FXML private Label hiredDateError;
    @FXML private TextField company;
    @FXML private TextField jobTitle;
    @FXML private VBox phoneRows;
    @FXML private VBox socialRows;
    @FXML private TitledPane moreDetails;
    @FXML private Label customFieldsStatus;
    @FXML private FieldGrid customFieldGrid;
    @FXML private VBox unifiedRows;
    @FXML private TextArea passthrough;
    @FXML private Label passthroughError;

    public CandidateStepController(CandidateStepViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        modeGroup.selectedToggleProperty().addListener((obs, old, now) ->
                vm.modeProperty().set(now == existingMode ? Mode.EXISTING : Mode.NEW));
        vm.modeProperty().addListener((obs, old, now) -> showMode(now));
        showMode(vm.modeProperty().get());

        bind(lookupField, vm.lookup(), null);
        lookupField.setOnAction(event -> {
            vm.search();
            event.consume();
        });
        lookupStatus.textProperty().bind(vm.lookupStatusProperty());
        showWhenText(lookupStatus);
        lookupResults.setItems(vm.lookupResults());
        lookupResults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("candidate.result", item.displayName(),
                        item.email() == null ? "" : item.email(), item.id()));
            }
        });
        lookupResults.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.chosen().set(now);
            }
        });
        vm.chosen().valueProperty().addListener((obs, old, now) -> lookupResults.getSelectionModel().select(now));
        FieldViews.decorate(lookupResults, vm.chosen(), chosenError);
        controls.put(vm.chosen(), lookupResults);

        duplicateBox.visibleProperty().bind(vm.duplicateProperty().isNotNull());
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        vm.duplicateProperty().addListener((obs, old, now) -> duplicateDetail.setText(now == null ? null
                : messages.get("candidate.duplicate.detail", now.displayName(),
                        now.email() == null ? "" : now.email(), now.id())));
        duplicateProblem.textProperty().bind(vm.duplicateCheckProblemProperty());
        showWhenText(duplicateProblem);

        bind(firstName, vm.firstName(), firstNameError);
        bind(lastName, vm.lastName(), lastNameError);
        bind(fullName, vm.name(), null);
        nameHint.visibleProperty().bind(vm.nameDerivedProperty());
        nameHint.managedProperty().bind(nameHint.visibleProperty());
        bind(email, vm.email(), emailError);
        bind(company, vm.company(), null);
        bind(jobTitle, vm.title(), null);
        bindCountry();
        FieldViews.bindDate(hiredDate, vm.hiredDate(), hiredDateError);
        controls.put(vm.hiredDate(), hiredDate);
        bind(passthrough, vm.passthrough(), passthroughError);

        mirror(vm.phones(), phoneRows, this::phoneRow);
        mirror(vm.socialLinks(), socialRows, this::socialRow);
        mirror(vm.unifiedFields(), unifiedRows, this::unifiedRow);
        vm.customFields().addListener((ListChangeListener<CustomFieldInput>) change -> buildCustomFields());
        buildCustomFields();
        customFieldsStatus.textProperty().bind(vm.customFieldsStatusProperty());
        showWhenText(customFieldsStatus);
        HiddenParts.joinWhenVisible(existingPane);
        HiddenParts.joinWhenVisible(duplicateBox);
        HiddenParts.contentWhenExpanded(moreDetails);
        HiddenParts.listWhenOpened(country);
    }

    private void showMode(Mode mode) {
        boolean existing = mode == Mode.EXISTING;
        existingPane.setVisible(existing);
        existingPane.setManaged(existing);
        newPane.setVisible(!existing);
        newPane.setManaged(!existing);
        modeGroup.selectToggle(existing ? existingMode : newMode);
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bind(javafx.scene.control.TextInputControl control, Field<String> field, Label error) {
        FieldViews.bindText(control, field, error);
        controls.put(field, control);
    }

    private void bindCountry() {
        FilteredList<Country> filtered = new FilteredList<>(javafx.collections.FXCollections.observableArrayList(
                vm.countries()));
        country.setItems(filtered);
        country.setVisibleRowCount(12);
        country.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Country fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
                return vm.countries().stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                        .or(() -> vm.countries().stream()
                                .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)).findFirst())
                        .orElse(null);
            }
        });
        country.getEditor().textProperty().addListener((obs, old, typed) -> {
            if (!country.getEditor().isFocused()) {
                return;
            }
            Country current = country.getValue();
            if (current != null && current.name().equals(typed)) {
                filtered.setPredicate(null);
                return;
            }
            String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
            filtered.setPredicate(wanted.isEmpty() ? null
                    : c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(wanted));
            if (!filtered.isEmpty() && !country.isShowing()) {
                country.show();
            }
        });
        vm.countryTextProperty().bind(country.getEditor().textProperty());
        FieldViews.bindValue(country, vm.country(), countryError);
        controls.put(vm.country(), country);
    }

    /** Keeps a box's children in step with a list of rows, reusing each row's node. */
    private <R> void mirror(ObservableList<R> rows, VBox box, Function<R, Node> build) {
        Runnable sync = () -> {
            List<Node> nodes = new ArrayList<>();
            for (R row : rows) {
                nodes.add(rowNodes.computeIfAbsent(row, r -> build.apply(row)));
            }
            rowNodes.keySet().removeIf(row -> rows.stream().noneMatch(r -> r == row)
                    && box.getChildren().contains(rowNodes.get(row)));
            box.getChildren().setAll(nodes);
        };
        rows.addListener((ListChangeListener<R>) change -> sync.run());
        sync.run();
    }

    private Node phoneRow(PhoneRow row) {
        ComboBox<String> type = typeBox(PhoneRow.TYPES, "phone.type.", messages.get("candidate.phone.type"));
        type.valueProperty().bindBidirectional(row.typeProperty());
        TextField number = new TextField();
        number.setPromptText("+44 7700 900123");
        number.setAccessibleText(messages.get("candidate.phone"));
        Label error = FieldViews.errorLabel();
        bind(number, row.number(), error);
        return row(type, new VBox(4, number, error), () -> vm.removePhone(row));
    }

    private Node socialRow(SocialLinkRow row) {
        ComboBox<String> type = typeBox(SocialLinkRow.TYPES, "link.type.", messages.get("candidate.socialLink.type"));
        type.valueProperty().bindBidirectional(row.typeProperty());
        TextField url = new TextField();
        url.setPromptText("https://www.linkedin.com/in/…");
        url.setAccessibleText(messages.get("candidate.socialLink"));
        Label error = FieldViews.errorLabel();
        bind(url, row.url(), error);
        return row(type, new VBox(4, url, error), () -> vm.removeSocialLink(row));
    }

    private Node unifiedRow(UnifiedFieldRow row) {
        TextField key = new TextField();
        key.setPromptText(messages.get("candidate.unifiedFields.key"));
        key.setAccessibleText(messages.get("candidate.unifiedFields.key"));
        Label keyError = FieldViews.errorLabel();
        bind(key, row.key(), keyError);
        TextField value = new TextField();
        value.setPromptText(messages.get("candidate.unifiedFields.value"));
        value.setAccessibleText(messages.get("candidate.unifiedFields.value"));
        bind(value, row.value(), null);
        VBox keyBox = new VBox(4, key, keyError);
        keyBox.setPrefWidth(220);
        return row(keyBox, new VBox(4, value), () -> vm.removeUnifiedField(row));
    }

    private ComboBox<String> typeBox(List<String> types, String keyPrefix, String accessible) {
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(types));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : messages.getOr(keyPrefix + value, value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setAccessibleText(accessible);
        box.setPrefWidth(150);
        HiddenParts.listWhenOpened(box);
        return box;
    }

    private HBox row(Node first, VBox main, Runnable remove) {
        Button removeButton = new Button(messages.get("candidate.remove"));
        removeButton.getStyleClass().add("link-button");
        removeButton.setOnAction(event -> remove.run());
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox box = new HBox(8, first, main, removeButton);
        box.getStyleClass().add("form-row");
        return box;
    }

    private void buildCustomFields() {
        List<Node> blocks = new ArrayList<>();
        for (CustomFieldInput input : vm.customFields()) {
            Node control = customFieldControl(input);
            Label error = FieldViews.errorLabel();
            FieldViews.decorate(control, input.field(), error);
            controls.put(input.field(), control);
            blocks.add(FieldViews.labelled(input.label(), control, error));
        }
        customFieldGrid.getChildren().setAll(blocks);
    }

    private Node customFieldControl(CustomFieldInput input) {
        switch (input.kind()) {
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setMaxWidth(Double.MAX_VALUE);
                picker.setPromptText("YYYY-MM-DD");
                FieldViews.bindDate(picker, input.text(), null);
                return picker;
            }
            case CHOICE, YES_NO -> {
                List<String> values = new ArrayList<>();
                values.add("");
                if (input.kind() == CustomFieldInput.Kind.YES_NO) {
                    values.addAll(List.of(CustomFieldInput.YES, CustomFieldInput.NO));
                } else {
                    input.options().forEach(option -> values.add(option.id()));
                }
                ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String id) {
                        if (id == null || id.isEmpty()) {
                            return messages.get("answer.unset");
                        }
                        if (input.kind() == CustomFieldInput.Kind.YES_NO) {
                            return messages.get(CustomFieldInput.YES.equals(id) ? "answer.yes" : "answer.no");
                        }
                        return input.options().stream().filter(o -> o.id().equals(id)).findFirst()
                                .map(CustomFieldInput::optionLabel).orElse(id);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                box.valueProperty().bindBidirectional(input.text().valueProperty());
                return box;
            }
            case MULTI_CHOICE -> {
                return FieldViews.checkBoxes(input.options(), CustomFieldDefinition.Option::id,
                        CustomFieldInput::optionLabel, input.choices());
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(input.text().valueProperty());
                return field;
            }
        }
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void useDuplicate() {
        vm.useDuplicate();
        lookupResults.requestFocus();
    }

    @FXML
    private void keepNew() {
        vm.dismissDuplicate();
        email.requestFocus();
    }

    @FXML
    private void addPhone() {
        PhoneRow row = vm.addPhone();
        Optional.ofNullable(controls.get(row.number())).ifPresent(Node::requestFocus);
    }

    @FXML
    private void addSocialLink() {
        SocialLinkRow row = vm.addSocialLink();
        Optional.ofNullable(controls.get(row.url())).ifPresent(Node::requestFocus);
    }

    @FXML
    private void addUnifiedField() {
        UnifiedFieldRow row = vm.addUnifiedField();
        Optional.ofNullable(controls.get(row.key())).ifPresent(Node::requestFocus);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        if (field == vm.lookup()) {
            return Optional.of(lookupField);
        }
        Node node = controls.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (HiddenParts.within(node, HiddenParts.content(moreDetails))) {
            moreDetails.setExpanded(true);
        }
        return Optional.of(node);
    }
}
