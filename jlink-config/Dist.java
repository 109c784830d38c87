import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds a desktop distribution of a modular JavaFX app: a jlinked runtime holding the app and every module it
 * needs, the application image through jpackage, an AOT cache trained on that image, and the platform's
 * installers. Run by {@code ./mvnw -Pdist package}; jlink-config/README.md explains each step and option file.
 *
 * <pre>
 * java jlink-config/Dist.java --name intake --version 0.1.0 --main dev.intake/dev.intake.Main \
 *      --modules target/modules --config jlink-config --work target/dist-work --dest target/dist \
 *      [--jpackage-options FILE] [--module-access FILE] [--installers auto|none|deb,rpm,...] [--train-args "--smoke-test --data-dir {scratch}/data"]
 * </pre>
 */
public final class Dist {
    private static final String JPACKAGE_OPTIONS = "jpackage.options";
    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private final Map<String, String> args;
    private final String name;
    private final String version;
    private final String mainModule;
    private final Path config;
    private final Path work;
    private final Path dest;
    private final Os os = Os.current();

    private Dist(Map<String, String> args) {
        this.args = args;
        this.name = required("name");
        this.version = packageVersion(required("version"));
        String main = required("main");
        if (main.indexOf('/') <= 0) {
            throw new DistException("--main must be MODULE/CLASS, for example dev.intake/dev.intake.Main");
        }
        this.mainModule = main.substring(0, main.indexOf('/'));
        this.config = Path.of(required("config"));
        this.work = Path.of(required("work"));
        this.dest = Path.of(required("dest"));
    }

    public static void main(String[] argv) throws Exception {
        try {
            Map<String, String> args = new LinkedHashMap<>();
            for (int i = 0; i < argv.length; i += 2) {
                if (!argv[i].startsWith("--") || i + 1 == argv.length) {
                    throw new DistException("expected --option value pairs, not '" + argv[i] + "'");
                }
                args.put(argv[i].substring(2), argv[i + 1]);
            }
            new Dist(args).build();
        } catch (DistException e) {
            System.err.println("dist: " + e.getMessage());
            System.exit(1);
        }
    }

    private void build() throws IOException, InterruptedException {
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(dest);

        Set<String> roots = new LinkedHashSet<>();
        roots.add(mainModule);
        roots.addAll(optionLines(config.resolve("extra-modules.txt")));
        PreparedModules modules = prepareModules(Path.of(required("modules")), roots);
        Path runtime = linkRuntime(modules, roots);

        List<String> javaOptions = new ArrayList<>();
        javaOptions.add("--enable-native-access=" + nativeAccessModules(modules.jars(), roots));
        javaOptions.addAll(optionLines(config.resolve("java.options")));
        if (args.containsKey("module-access")) {
            javaOptions.addAll(moduleAccess(Path.of(args.get("module-access")), runtimeModules(runtime)));
        }
        Launcher launcher = packageImage(runtime, javaOptions);
        Path cache = trainAotCache(launcher, optionLines(config.resolve("aot-training.options")));
        javaOptions.add("-XX:AOTCache=" + launcher.appDirToken() + "/" + cache.getFileName());
        launcher.write(javaOptions);
        verifyAotCache(launcher);
        log("application image " + launcher.image() + ": " + megabytes(treeSize(launcher.image())));

        for (String type : installerTypes()) {
            List<String> pack = new ArrayList<>(List.of(
                    "--type", type, "--app-image", launcher.image().toString(), "--name", name,
                    "--dest", dest.toString(), "--app-version", version));
            pack.addAll(jpackageOptions("package", type));
            run("jpackage", pack);
        }
        try (Stream<Path> files = Files.list(dest)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                log("installer " + file + ": " + megabytes(Files.size(file)));
            }
        }
    }

    private Path linkRuntime(PreparedModules modules, Set<String> roots) throws IOException {
        Path runtime = work.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of(
                "--module-path", join(modules.modulePath()), "--add-modules", String.join(",", roots),
                "--output", runtime.toString()));
        jlink.addAll(splitOptions(optionLines(config.resolve("jlink.options"))));
        run("jlink", jlink);
        List<String> runtimeModules = runtimeModules(runtime);
        Path list = work.resolve("runtime-modules.txt");
        Files.write(list, runtimeModules);
        log("runtime holds " + runtimeModules.size() + " modules, listed in " + list);
        return runtime;
    }

    /** The application image through jpackage, with its launcher's JVM options. */
    private Launcher packageImage(Path runtime, List<String> javaOptions) throws IOException {
        Path image = dest.resolve(os == Os.MAC ? name + ".app" : name);
        deleteTree(image);
        deleteInstallers();
        List<String> jpackage = new ArrayList<>(List.of(
                "--type", "app-image", "--name", name, "--dest", dest.toString(), "--app-version", version,
                "--runtime-image", runtime.toString(), "--module", required("main")));
        jpackage.addAll(jpackageOptions("image", null));
        run("jpackage", jpackage);
        Launcher launcher = os == Os.LINUX ? new ShellLauncher(image, name, required("main"))
                : new NativeLauncher(image, name);
        launcher.write(javaOptions);
        return launcher;
    }

    // ---- modules -------------------------------------------------------------------------------------------

    /**
     * @param modulePath where jlink finds the libraries
     * @param jars       each library as a modular jar, native libraries included (what jnativescan reads)
     */
    private record PreparedModules(List<Path> modulePath, List<Path> jars) {
    }

    /**
     * Resolves the app's module graph over {@code moduleDir} and the JDK, and turns each resolved library into
     * something jlink takes: automatic modules that something requires get a descriptor, and jars carrying native
     * libraries become jmods holding only this platform's libraries (jlink puts those in the runtime's lib folder).
     */
    private PreparedModules prepareModules(Path moduleDir, Set<String> roots) throws IOException {
        Path candidates = Files.createDirectories(work.resolve("candidates"));
        try (Stream<Path> jars = Files.list(moduleDir)) {
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, candidates.resolve(jar.getFileName()));
            }
        }
        // Resolving one automatic module resolves every automatic module there is, so each round asks which
        // ones are really required by name, gives those descriptors, and resolves again until none is left.
        Configuration graph = resolve(candidates, roots);
        for (Set<String> required = requiredAutomatic(graph, roots); !required.isEmpty();
                required = requiredAutomatic(graph, roots)) {
            for (String module : required) {
                addDescriptor(module, graph);
            }
            graph = resolve(candidates, roots);
        }

        Path jars = Files.createDirectories(work.resolve("jars"));
        Path jmods = Files.createDirectories(work.resolve("jmods"));
        Path withNatives = Files.createDirectories(work.resolve("jars-with-native-libraries"));
        List<Path> asJars = new ArrayList<>();
        for (ResolvedModule module : libraries(graph)) {
            Path jar = location(module);
            if (hasNativeLibraries(jar)) {
                toJmod(module.name(), jar, jmods);
                asJars.add(Files.copy(jar, withNatives.resolve(jar.getFileName())));
            } else {
                asJars.add(Files.copy(jar, jars.resolve(jar.getFileName())));
            }
        }
        return new PreparedModules(List.of(jars, jmods), asJars);
    }

    private static Configuration resolve(Path jars, Set<String> roots) {
        return Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(jars), roots);
    }

    /** The resolved modules that are not the JDK's, that is the app and its libraries. */
    private static List<ResolvedModule> libraries(Configuration graph) {
        ModuleFinder jdk = ModuleFinder.ofSystem();
        return graph.modules().stream().filter(module -> jdk.find(module.name()).isEmpty())
                .sorted(Comparator.comparing(ResolvedModule::name)).toList();
    }

    private static Path location(ResolvedModule module) {
        return Path.of(module.reference().location().orElseThrow());
    }

    /** Automatic modules that a root is, or that a resolved module requires: jlink takes none of them. */
    private static Set<String> requiredAutomatic(Configuration graph, Set<String> roots) {
        Set<String> wanted = new TreeSet<>(roots);
        graph.modules().forEach(module -> module.reference().descriptor().requires()
                .forEach(requires -> wanted.add(requires.name())));
        return libraries(graph).stream().filter(module -> module.reference().descriptor().isAutomatic())
                .map(ResolvedModule::name).filter(wanted::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Gives an automatic module the descriptor jdeps derives from its bytecode, open like an automatic one. */
    private void addDescriptor(String module, Configuration graph) throws IOException {
        ResolvedModule target = graph.findModule(module).orElseThrow();
        Path jar = location(target);
        // jdeps resolves its whole module path, so leave out the modules that need this one (as yet missing).
        List<Path> others = libraries(graph).stream()
                .filter(other -> !other.equals(target) && !readsTransitively(other, target))
                .map(Dist::location).toList();
        Path generated = work.resolve("descriptors");
        run("jdeps", List.of("--multi-release", String.valueOf(Runtime.version().feature()),
                "--module-path", join(others), "--generate-module-info", generated.toString(), jar.toString()));
        Path source;
        try (Stream<Path> files = Files.walk(generated.resolve(module))) {
            source = files.filter(file -> file.getFileName().toString().equals("module-info.java")).findFirst()
                    .orElseThrow(() -> new DistException("jdeps wrote no descriptor for " + module));
        }
        // An automatic module exports and opens every package: keep that, so nothing that worked stops working.
        Files.writeString(source, "open " + Files.readString(source).stripLeading());
        Path classes = work.resolve("descriptor-classes").resolve(module);
        run("javac", List.of("--release", String.valueOf(Runtime.version().feature()), "-d", classes.toString(),
                "--patch-module", module + "=" + jar, "--module-path", join(others), source.toString()));
        run("jar", List.of("--update", "--file", jar.toString(), "-C", classes.toString(), "module-info.class"));
        log("gave automatic module " + module + " a descriptor: " + jar.getFileName());
    }

    private static boolean readsTransitively(ResolvedModule from, ResolvedModule to) {
        Set<ResolvedModule> seen = new HashSet<>();
        List<ResolvedModule> pending = new ArrayList<>(from.reads());
        while (!pending.isEmpty()) {
            ResolvedModule next = pending.removeLast();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                pending.addAll(next.reads());
            }
        }
        return false;
    }

    private static boolean hasNativeLibraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().anyMatch(entry -> isNativeLibrary(entry.getName()));
        }
    }

    private static boolean isNativeLibrary(String entry) {
        return entry.endsWith(".so") || entry.endsWith(".dll") || entry.endsWith(".dylib")
                || entry.endsWith(".jnilib");
    }

    /**
     * Flattens a (possibly multi-release) modular jar for this Java version into a jmod whose native libraries
     * are this platform's only. Libraries at the jar's root belong to a platform-specific jar and are kept;
     * nested ones are kept when their folders name this OS and this CPU (as in {@code native/Linux/x86_64/}).
     */
    private void toJmod(String module, Path jar, Path jmods) throws IOException {
        Path classes = work.resolve("exploded").resolve(module).resolve("classes");
        Path libs = work.resolve("exploded").resolve(module).resolve("libs");
        Files.createDirectories(classes);
        Files.createDirectories(libs);
        List<String> dropped = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), true, ZipFile.OPEN_READ, Runtime.version())) {
            for (JarEntry entry : file.versionedStream().toList()) {
                String path = entry.getName();
                if (entry.isDirectory() || path.equals("META-INF/MANIFEST.MF") || path.matches(
                        "META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    continue;
                }
                Path target;
                if (isNativeLibrary(path)) {
                    if (path.indexOf('/') >= 0 && !os.isThisPlatform(path)) {
                        dropped.add(path);
                        continue;
                    }
                    target = libs.resolve(path.substring(path.lastIndexOf('/') + 1));
                    if (Files.exists(target)) {
                        throw new DistException(jar + " holds two native libraries named " + target.getFileName()
                                + " for this platform");
                    }
                } else {
                    target = classes.resolve(path);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        Path jmod = jmods.resolve(module + ".jmod");
        List<String> command = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        try (Stream<Path> kept = Files.list(libs)) {
            List<String> names = kept.map(lib -> lib.getFileName().toString()).sorted().toList();
            if (!names.isEmpty()) {
                command.addAll(List.of("--libs", libs.toString()));
            }
            log(module + ": native libraries " + names + " go to the runtime's lib directory"
                    + (dropped.isEmpty() ? "" : "; " + dropped.size() + " for other platforms left out"));
        }
        command.add(jmod.toString());
        run("jmod", command);
    }

    /** The modules that load native code (restricted methods): the launcher enables native access for them. */
    private static String nativeAccessModules(List<Path> jars, Set<String> roots) {
        String out = run("jnativescan", List.of("--module-path", join(jars),
                "--add-modules", String.join(",", roots), "--print-native-access")).strip();
        if (out.isEmpty()) {
            throw new DistException("jnativescan found no module that loads native code; JavaFX always does");
        }
        log("native access for " + out);
        return out;
    }

    /**
     * The {@code --add-exports}/{@code --add-opens} lines of {@code file}, each checked to name only modules of the
     * runtime: Java would merely warn at every start about one it does not hold, and the access would silently be
     * missing.
     */
    private static List<String> moduleAccess(Path file, List<String> runtimeModules) throws IOException {
        List<String> options = optionLines(file);
        for (String option : options) {
            java.util.regex.Matcher access = java.util.regex.Pattern
                    .compile("--add-(exports|opens)=([^/=]+)/[^=]+=(.+)").matcher(option);
            if (!access.matches()) {
                throw new DistException(file + ": '" + option + "' is not --add-exports=MODULE/PACKAGE=TARGET"
                        + " or --add-opens=MODULE/PACKAGE=TARGET");
            }
            List<String> named = new ArrayList<>(List.of(access.group(2)));
            named.addAll(List.of(access.group(3).split(",")));
            for (String module : named) {
                if (!runtimeModules.contains(module)) {
                    throw new DistException(file + ": '" + option + "' names " + module
                            + ", which the runtime does not hold; remove the line or add the module");
                }
            }
        }
        log("module access: " + options.size() + " options from " + file);
        return options;
    }

    private static List<String> runtimeModules(Path runtime) throws IOException {
        String release = Files.readString(runtime.resolve("release"));
        for (String line : release.split("\n")) {
            if (line.startsWith("MODULES=")) {
                return Arrays.stream(line.substring("MODULES=".length()).replace("\"", "").split(" "))
                        .filter(module -> !module.isBlank()).sorted().toList();
            }
        }
        throw new DistException(runtime + "/release lists no modules");
    }

    // ---- AOT cache -----------------------------------------------------------------------------------------

    /**
     * Records a JDK AOT cache by running the packaged app once with its own runtime (a cache made with any
     * other runtime is silently ignored). The run is the smoke test: it starts the app exactly as users do.
     */
    private Path trainAotCache(Launcher launcher, List<String> trainingOptions)
            throws IOException, InterruptedException {
        Path cache = launcher.appDir().resolve(name + ".aot");
        Files.deleteIfExists(cache);
        List<String> jvm = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath()));
        jvm.addAll(trainingOptions);
        jvm.addAll(displayOptions());
        long started = System.nanoTime();
        runApp(launcher, jvm, "AOT training run");
        if (!Files.isRegularFile(cache)) {
            throw new DistException("the training run wrote no AOT cache at " + cache);
        }
        log("AOT cache " + cache + ": " + megabytes(Files.size(cache)) + ", trained in "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        return cache;
    }

    /** Starts the finished image with {@code -XX:AOTMode=on}, under which the JVM refuses a cache it cannot use. */
    private void verifyAotCache(Launcher launcher) throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(List.of("-XX:AOTMode=on"));
        jvm.addAll(displayOptions());
        String out = runApp(launcher, jvm, "AOT cache check");
        log("the launcher uses the AOT cache: " + out.lines().filter(line -> line.contains("smoke-test"))
                .findFirst().orElse("(the app printed no timing)"));
    }

    /** With no display, the app is run on JavaFX's headless platform. */
    private static List<String> displayOptions() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        return display ? List.of() : List.of("-Dglass.platform=Headless");
    }

    private String runApp(Launcher launcher, List<String> jvmOptions, String purpose)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.executable().toAbsolutePath().toString());
        // {scratch} in the arguments becomes a fresh folder under the work directory, so that an app told to keep
        // its files there (e.g. --data-dir {scratch}/data) never reads or writes the builder's own ones.
        Path scratch = work.resolve("app-run").toAbsolutePath();
        deleteTree(scratch);
        Files.createDirectories(scratch);
        for (String word : splitWords(args.getOrDefault("train-args", "--smoke-test"))) {
            command.add(word.replace("{scratch}", scratch.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        log(purpose + ": JAVA_TOOL_OPTIONS='" + String.join(" ", jvmOptions) + "' " + String.join(" ", command));
        Process process = builder.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread copier = Thread.ofPlatform().start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new DistException(purpose + " did not finish within " + TRAINING_TIMEOUT_SECONDS + " s");
        }
        copier.join();
        String out = output.toString(StandardCharsets.UTF_8);
        // The JDK names each class it cannot store in an AOT cache (dynamic proxies, JFR events): count them.
        long skipped = out.lines().filter(line -> line.contains("[aot] Skipping")).count();
        out.lines().filter(line -> !line.contains("[aot] Skipping"))
                .forEach(line -> System.out.println("  | " + line));
        if (skipped > 0) {
            System.out.println("  | (" + skipped + " classes the JDK cannot store were left out of the AOT cache)");
        }
        if (process.exitValue() != 0) {
            throw new DistException(purpose + " failed with exit code " + process.exitValue());
        }
        return out;
    }

    // ---- launchers -----------------------------------------------------------------------------------------

    /** How the image starts Java: the JVM options written where its launcher reads them. */
    private interface Launcher {
        Path image();

        Path executable();

        /** The image folder that holds the app's files (jpackage's {@code $APPDIR}). */
        Path appDir();

        /** How {@link #write} options refer to {@link #appDir()}. */
        String appDirToken();

        void write(List<String> javaOptions) throws IOException;
    }

    /** jpackage's own launcher, which reads its options from {@code <name>.cfg} (used on Windows and macOS). */
    private record NativeLauncher(Path image, String name) implements Launcher {
        @Override
        public Path executable() {
            Path windows = image.resolve(name + ".exe");
            Path mac = image.resolve("Contents/MacOS").resolve(name);
            return Files.exists(windows) ? windows : Files.exists(mac) ? mac : image.resolve("bin").resolve(name);
        }

        @Override
        public Path appDir() {
            Path mac = image.resolve("Contents/app");
            return Files.isDirectory(mac) ? mac : Files.isDirectory(image.resolve("app")) ? image.resolve("app")
                    : image.resolve("lib/app");
        }

        @Override
        public String appDirToken() {
            return "$APPDIR";
        }

        @Override
        public void write(List<String> javaOptions) throws IOException {
            Path cfg = appDir().resolve(name + ".cfg");
            List<String> lines = new ArrayList<>();
            boolean inOptions = false;
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("[")) {
                    inOptions = line.equals("[JavaOptions]");
                } else if (inOptions && line.startsWith("java-options=") && !line.contains("jpackage.app-version")) {
                    continue;
                }
                lines.add(line);
                if (line.equals("[JavaOptions]")) {
                    javaOptions.forEach(option -> lines.add("java-options=" + option));
                }
            }
            Files.write(cfg, lines);
        }
    }

    /**
     * A POSIX shell launcher in place of jpackage's Linux one, which asks rpm and dpkg which package owns it on
     * every start (a few hundred milliseconds) before it starts Java. This one starts the bundled java directly,
     * with the same options the {@code .cfg} holds.
     */
    private record ShellLauncher(Path image, String name, String main) implements Launcher {
        @Override
        public Path executable() {
            return image.resolve("bin").resolve(name);
        }

        @Override
        public Path appDir() {
            return image.resolve("lib/app");
        }

        @Override
        public String appDirToken() {
            return "$app/lib/app";
        }

        @Override
        public void write(List<String> javaOptions) throws IOException {
            new NativeLauncher(image, name).write(javaOptions.stream()
                    .map(option -> option.replace(appDirToken(), "$APPDIR")).toList());
            String options = javaOptions.stream().map(option -> "  \"" + option + "\" \\\n")
                    .collect(Collectors.joining());
            String script = """
                    #!/bin/sh
                    # Starts %1$s on its bundled Java runtime. Written by jlink-config/Dist.java instead of jpackage's
                    # launcher, which asks rpm and dpkg about itself before every start; the options match lib/app/%1$s.cfg.
                    self=$(readlink -f -- "$0") || exit 1
                    app=${self%%/bin/*}
                    exec "$app/lib/runtime/bin/java" \\
                    %2$s  --module %3$s "$@"
                    """.formatted(name, options, main);
            Path launcher = executable();
            Files.writeString(launcher, script);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.deleteIfExists(image.resolve("lib/libapplauncher.so"));
        }
    }

    // ---- installers and option files -----------------------------------------------------------------------

    /** Installers left from an earlier build would be reported (and shipped) as if made now. */
    private void deleteInstallers() throws IOException {
        try (Stream<Path> files = Files.list(dest)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String fileName = file.getFileName().toString();
                if ((fileName.startsWith(name + "_") || fileName.startsWith(name + "-"))
                        && fileName.matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)")) {
                    Files.delete(file);
                }
            }
        }
    }

    private List<String> installerTypes() {
        String wanted = args.getOrDefault("installers", "auto");
        if (wanted.equals("none")) {
            return List.of();
        }
        if (!wanted.equals("auto")) {
            return List.of(wanted.split(","));
        }
        return switch (os) {
            case LINUX -> onPath("rpmbuild") ? List.of("deb", "rpm") : List.of("deb");
            case MAC -> List.of("dmg");
            case WINDOWS -> List.of("msi");
        };
    }

    /**
     * The jpackage options for a step ({@code image} or {@code package}) on this OS, and for the installer type
     * being made, if any. Each line of jpackage.options reads {@code STEP OS --option [value]}, where STEP may also
     * be one installer type ({@code deb}, {@code rpm}, ...), and STEP and OS may be {@code all}.
     */
    private List<String> jpackageOptions(String step, String installerType) throws IOException {
        List<String> options = new ArrayList<>();
        Path file = Path.of(args.getOrDefault("jpackage-options", config.resolve(JPACKAGE_OPTIONS).toString()));
        for (String line : optionLines(file)) {
            String[] columns = line.split("\\s+", 3);
            if (columns.length < 3) {
                throw new DistException(file + ": '" + line + "' needs STEP OS --option [value]");
            }
            boolean stepMatches = columns[0].equals("all") || columns[0].equals(step)
                    || columns[0].equals(installerType);
            boolean osMatches = columns[1].equals("all") || columns[1].equals(os.key);
            if (stepMatches && osMatches) {
                options.addAll(splitOptions(List.of(columns[2])));
            }
        }
        return options;
    }

    /** The non-blank lines of an option file, without {@code #} comments. */
    private static List<String> optionLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new DistException(file + " is missing");
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** "--option value with spaces" becomes two arguments; the value is everything after the first blank. */
    private static List<String> splitOptions(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            out.addAll(Arrays.asList(parts));
        }
        return out;
    }

    private static List<String> splitWords(String words) {
        return words.isBlank() ? List.of() : List.of(words.strip().split("\\s+"));
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private String required(String option) {
        String value = args.get(option);
        if (value == null || value.isBlank()) {
            throw new DistException("--" + option + " is required");
        }
        return value;
    }

    /** Installers want a plain numeric version: "0.2.0-SNAPSHOT" is packaged as 0.2.0. */
    private static String packageVersion(String version) {
        java.util.regex.Matcher numeric = java.util.regex.Pattern.compile("^\\d+(\\.\\d+){0,2}").matcher(version);
        if (!numeric.find()) {
            throw new DistException("version " + version + " does not start with a number");
        }
        return numeric.group();
    }

    /** Runs a JDK tool in this JVM; fails the build with its output if it fails. Returns what it printed. */
    private static String run(String tool, List<String> toolArgs) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new DistException(tool + " is not in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = provider.run(outStream, errStream, toolArgs.toArray(String[]::new));
        }
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            throw new DistException(tool + " " + String.join(" ", toolArgs) + " failed (" + status + "):\n"
                    + printed);
        }
        return printed;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static final long STARTED = System.nanoTime();

    private static void log(String message) {
        System.out.printf(Locale.ROOT, "[dist %5.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }

    /** The platform being packaged for (always the one building: jpackage does not cross-build). */
    private enum Os {
        LINUX("linux", Set.of("linux")),
        MAC("mac", Set.of("mac", "macos", "osx", "darwin")),
        WINDOWS("windows", Set.of("windows", "win", "win32", "win64"));

        final String key;
        private final Set<String> folderNames;

        Os(String key, Set<String> folderNames) {
            this.key = key;
            this.folderNames = folderNames;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** Whether a nested library's folders name this OS and this CPU, e.g. {@code native/Linux/x86_64/}. */
        boolean isThisPlatform(String entry) {
            Set<String> folders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            folders.addAll(Arrays.asList(entry.split("/")));
            String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
            Set<String> archNames = switch (arch) {
                case "amd64", "x86_64" -> Set.of("x86_64", "amd64", "x64");
                case "aarch64", "arm64" -> Set.of("aarch64", "arm64");
                default -> Set.of(arch);
            };
            return folders.stream().anyMatch(folder -> folderNames.contains(folder.toLowerCase(Locale.ROOT)))
                    && folders.stream().anyMatch(folder -> archNames.contains(folder.toLowerCase(Locale.ROOT)));
        }
    }

    private static final class DistException extends RuntimeException {
        DistException(String message) {
            super(message);
        }
    }
}
