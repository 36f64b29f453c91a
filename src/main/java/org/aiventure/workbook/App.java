package org.aiventure.workbook;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.session.Settings;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.ui.advice.AdviceViewModel;
import org.aiventure.workbook.ui.advice.FxClaimEditor;
import org.aiventure.workbook.ui.common.Fonts;
import org.aiventure.workbook.ui.common.FxDialogService;
import org.aiventure.workbook.ui.common.FxTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.Icons;
import org.aiventure.workbook.ui.analysis.AnalysisView;
import org.aiventure.workbook.ui.canvas.CanvasView;
import org.aiventure.workbook.ui.common.Page;
import org.aiventure.workbook.ui.common.Subjects;
import org.aiventure.workbook.ui.dashboard.DashboardView;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.TaskExecutor;
import org.aiventure.workbook.ui.findings.FindingsPanel;
import org.aiventure.workbook.ui.findings.FindingsViewModel;
import org.aiventure.workbook.ui.findings.FxOwnerPicker;
import org.aiventure.workbook.ui.common.Theme;
import org.aiventure.workbook.ui.profile.ProfileView;
import org.aiventure.workbook.ui.profile.ProfileViewModel;
import org.aiventure.workbook.ui.risks.RiskRegisterView;
import org.aiventure.workbook.ui.projects.ProjectsViewModel;
import org.aiventure.workbook.ui.projects.BriefingExport;
import org.aiventure.workbook.ui.projects.BriefingProgressWindow;
import org.aiventure.workbook.ui.projects.TransfersViewModel;
import org.aiventure.workbook.ui.projects.WelcomeView;
import org.aiventure.workbook.ui.shell.MainWindow;
import org.aiventure.workbook.ui.shell.ProjectPages;
import org.aiventure.workbook.ui.shell.ScenarioWindows;
import org.aiventure.workbook.ui.team.TeamView;
import org.aiventure.workbook.ui.team.TeamViewModel;
import org.aiventure.workbook.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: builds the window, shows it at once, and lets the workbook, knowledge base and
 * font arrive in the background (see {@link Startup}).
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    // The window manager gets one small icon (menus and docks take the desktop entry's): a larger file would
    // be scaled down on the FX thread while the first window shows.
    private static final String ICON = "/org/aiventure/workbook/icons/app-icon-48.png";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";

    private static Startup startup;
    private static Path projectFile;
    private Composition composition;
    private Stage stage;

    /**
     * Hands the loader started by {@link Launcher} to the application instance JavaFX creates, with the project
     * file the app was started with (a double-click on it), or null.
     */
    static void prepare(Startup loader, Path fileToImport) {
        startup = loader;
        projectFile = fileToImport;
    }

    /**
     * Loads the bundled CJK font before any text is laid out, on the launcher's thread once the toolkit is up:
     * JavaFX fixes the fallback fonts of its system font at first use, so a font loaded after the first window
     * never renders Chinese on a machine without a Chinese font of its own (all text stays boxes). Meanwhile the
     * FX thread loads the theme's stylesheet, and a thread of its own the icon font.
     */
    @Override
    public void init() {
        Theme.preload(savedTheme(startup.settings()));
        Icons.loadInBackground();
        Fonts.loadBundled();
    }

    @Override
    public void start(Stage stage) {
        LOG.debug("Toolkit started");
        this.stage = stage;
        Settings settings = startup.settings();
        composition = compose(stage, startup::openWorkbook, settings,
                file -> getHostServices().showDocument(file.toUri().toString()));
        stage.setScene(composition.scene());
        WindowPlacement.restore(stage, settings);
        stage.getIcons().add(new Image(App.class.getResourceAsStream(ICON)));
        StartupProbe.attach(composition.scene(), composition.shell(), composition.projects());
        stage.show();
        composition.shell().open(startup.database());
        if (projectFile != null) {
            composition.transfers().importOnceOpen(projectFile);
        }
        LOG.debug("Window shown");
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.remember(stage);
            // The last edit's write lands before the database closes.
            composition.projects().closeCurrent();
            composition.tasks().shutdown();
            composition.shell().close();
        }
    }

    /**
     * The window's parts, wired together; a UI test builds the same with its own opener. {@code openDocument}
     * shows a file the app wrote (a PDF briefing) in the system's viewer.
     */
    static Composition compose(Stage stage, Function<Path, CompletableFuture<Workbook>> opener, Settings settings,
                               Consumer<Path> openDocument) {
        I18n i18n = new I18n(settings.get(LANGUAGE).map(Language::ofTag).orElse(Language.of(Locale.getDefault())));
        Theme theme = new Theme();
        theme.modeProperty().set(savedTheme(settings));
        theme.applyCurrent();
        TaskExecutor tasks = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(stage, i18n);
        ShellViewModel shell = new ShellViewModel(i18n, dialogs, opener, settings);
        ProjectModel current = new ProjectModel(i18n, dialogs);
        ProjectsViewModel projects = new ProjectsViewModel(i18n, dialogs, tasks, shell.workbookProperty(), current,
                settings::lastProject);
        TransfersViewModel transfers = new TransfersViewModel(i18n, dialogs, tasks, shell.workbookProperty(), projects,
                shell::open);
        ProjectPages pages = new ProjectPages(current, () -> new WelcomeView(projects, shell, i18n),
                projects.nothingToOpen(), i18n);
        AdviceViewModel advice = new AdviceViewModel(current, i18n, dialogs, new FxClaimEditor(stage, i18n), pages,
                tasks);
        pages.add(Page.DASHBOARD, "page.dashboard", page -> new DashboardView(page, i18n, dialogs, pages, advice));
        ScenarioWindows scenarios = new ScenarioWindows(stage, shell, projects, i18n, dialogs, tasks, theme);
        pages.add(Page.PROFILE, "page.profile", page -> new ProfileView(new ProfileViewModel(page, i18n),
                scenarios::whatIf));
        pages.add(Page.ANALYSIS, "page.analysis", page -> {
            AnalysisView analysis = new AnalysisView(page, i18n, dialogs, pages);
            pages.onSelect(Page.ANALYSIS, subject -> Subjects.id(subject, "ANALYSIS_ITEM").map(UUID::fromString)
                    .ifPresent(analysis::select));
            return analysis;
        });
        pages.add(Page.RISKS, "page.risks", page -> {
            RiskRegisterView risks = new RiskRegisterView(page, i18n);
            pages.onSelect(Page.RISKS, subject -> Subjects.id(subject, "RISK").map(UUID::fromString)
                    .ifPresent(risks::select));
            return risks;
        });
        pages.add(Page.CANVAS, "page.canvas", page -> {
            CanvasView canvas = new CanvasView(page, i18n, pages);
            pages.onSelect(Page.CANVAS, subject -> {
                Subjects.id(subject, "BLOCK").map(CanvasBlock::valueOf).ifPresent(canvas::select);
                Subjects.id(subject, "CANVAS_ITEM").map(UUID::fromString).ifPresent(canvas::selectNote);
            });
            return canvas;
        });
        pages.add(Page.TEAM, "page.team", page -> {
            TeamView team = new TeamView(new TeamViewModel(page, i18n));
            pages.onSelect(Page.TEAM, subject -> {
                Subjects.id(subject, "ROLE").map(Role::valueOf).ifPresent(team::select);
                Subjects.id(subject, "PRACTICE").map(PracticeKey::valueOf).ifPresent(team::select);
                Subjects.id(subject, "CATEGORY").map(RiskCategory::valueOf).ifPresent(team::select);
            });
            return team;
        });
        Supplier<FindingsPanel> findings = () -> new FindingsPanel(
                new FindingsViewModel(current, i18n, pages, new FxOwnerPicker(stage, i18n)), i18n, advice);
        BriefingExport briefing = new BriefingExport(current, i18n, dialogs, tasks,
                (project, asOf, target, progress, cancelled) -> shell.workbookProperty().get().briefings()
                        .write(project, null, asOf, target, progress, cancelled),
                openDocument, transfers::report);
        BriefingProgressWindow.follow(stage, briefing, theme);
        MainWindow window = new MainWindow(shell, projects, transfers, briefing, pages, findings, i18n, theme,
                dialogs, scenarios, Platform::exit);
        Scene scene = new Scene(window, 1280, 800);
        theme.style(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String app = i18n.get("app.title");
            return current.project() == null ? app : app + " — " + current.project().name();
        }, current.projectProperty(), i18n.languageProperty()));
        LOG.debug("Window composed");
        projects.selectedProperty().addListener((obs, old, now) -> {
            if (shell.workbookProperty().get() != null) {
                settings.lastProject(shell.workbookProperty().get().file(), now == null ? null : now.id());
            }
        });
        return new Composition(scene, i18n, theme, tasks, shell, projects, transfers, settings);
    }


    private static Theme.Mode savedTheme(Settings settings) {
        return settings.get(THEME).map(Theme.Mode::valueOf).orElse(Theme.Mode.LIGHT);
    }

    /** What {@link #compose} wired, for the app's lifecycle and for tests. */
    record Composition(Scene scene, I18n i18n, Theme theme, TaskExecutor tasks, ShellViewModel shell,
                       ProjectsViewModel projects, TransfersViewModel transfers, Settings settings) {

        /** Keeps the window's place, theme and language for the next start. */
        void remember(Stage stage) {
            WindowPlacement.remember(stage, settings);
            settings.put(LANGUAGE, i18n.language().tag());
            settings.put(THEME, theme.modeProperty().get().name());
            settings.save();
        }
    }
}
