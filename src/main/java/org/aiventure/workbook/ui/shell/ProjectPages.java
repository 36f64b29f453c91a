package org.aiventure.workbook.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Lazy;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The centre of the window: with a project open, its pages as tabs; with nothing to open, the welcome; while a
 * workbook or a project loads, nothing (not the welcome for a moment before the project the founder chose). A
 * page is built the first time it is shown, so start-up builds only what the first screen needs, and follows
 * the project only while it is shown, so an edit redraws only what the founder sees.
 */
public final class ProjectPages extends StackPane implements Navigator {

    private final I18n i18n;
    private final ProjectModel current;
    private final TabPane tabs = new TabPane();
    private final Map<Page, Tab> byPage = new EnumMap<>(Page.class);
    private final Map<Page, Function<ProjectModel, Node>> builders = new EnumMap<>(Page.class);
    private final Map<Page, Consumer<String>> selectors = new EnumMap<>(Page.class);
    private final Lazy<Node> welcome;
    private final ObservableBooleanValue nothingToOpen;

    /** {@code welcome} is built the first time there is {@code nothingToOpen}. */
    public ProjectPages(ProjectModel current, Supplier<Node> welcome, ObservableBooleanValue nothingToOpen,
                        I18n i18n) {
        this.i18n = i18n;
        this.current = current;
        this.welcome = Lazy.of(welcome);
        this.nothingToOpen = nothingToOpen;
        getStyleClass().add("project-pages");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("pages");
        // Pages are built only once a project is open: the first window builds none.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (current.project() != null) {
                build(now);
            }
        });
        current.projectProperty().addListener((obs, old, now) -> {
            if ((old == null) != (now == null)) {
                showCentre();
            }
        });
        nothingToOpen.addListener((obs, old, now) -> showCentre());
        showCentre();
    }

    /**
     * Adds a page; {@code builder} runs once, when the page is first shown, with the model the page sees
     * (the open project while the page is shown).
     */
    public void add(Page page, String titleKey, Function<ProjectModel, Node> builder) {
        Tab tab = new Tab();
        tab.setId("page-" + page.name().toLowerCase(java.util.Locale.ROOT));
        tab.textProperty().bind(i18n.text(titleKey));
        tab.setUserData(page);
        byPage.put(page, tab);
        builders.put(page, builder);
        tabs.getTabs().add(tab);
    }

    /** How a page selects one of its subjects once shown (see {@link Navigator#show(Page, String)}). */
    public void onSelect(Page page, Consumer<String> selector) {
        selectors.put(page, selector);
    }

    @Override
    public void show(Page page) {
        Tab tab = byPage.get(page);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    @Override
    public void show(Page page, String subject) {
        show(page);
        Consumer<String> selector = selectors.get(page);
        if (selector != null) {
            selector.accept(subject);
        }
    }

    /** The n-th page (from 1), for Ctrl+1…; nothing if there are fewer. */
    public void showNth(int n) {
        if (n >= 1 && n <= tabs.getTabs().size()) {
            tabs.getSelectionModel().select(n - 1);
        }
    }

    /** The page being shown; null when no project is open. */
    public Node selectedContent() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return getChildren().contains(tabs) && tab != null ? tab.getContent() : null;
    }

    private void showCentre() {
        if (current.project() != null) {
            build(tabs.getSelectionModel().getSelectedItem());
            getChildren().setAll(tabs);
        } else if (nothingToOpen.get()) {
            getChildren().setAll(welcome.get());
        } else {
            getChildren().clear();
        }
    }

    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(builders.get((Page) tab.getUserData()).apply(current.whileShown(tab.selectedProperty())));
        }
    }
}
