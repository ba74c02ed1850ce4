package org.ponte.testsupport;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A program started outside Maven (the {@code ponte} launcher, the benchmarks) runs on the runtime classpath Maven
 * writes to a file, not on the tests' classpath, which also holds test and provided dependencies. This finds what a
 * module's main classes use that such a classpath does not hold.
 */
public final class RuntimeClasspath {

    private RuntimeClasspath() {
    }

    /** The classes used by the main classes under {@code basePackage} that {@code target/classes} and the listed jars lack. */
    public static Set<String> missing(String basePackage, Path classpathFile) {
        Set<String> missing = new TreeSet<>();
        try (URLClassLoader runtime = new URLClassLoader(urls(classpathFile), ClassLoader.getPlatformClassLoader())) {
            for (JavaClass mainClass : ArchitectureRules.mainClasses(basePackage)) {
                for (Dependency dependency : mainClass.getDirectDependenciesFromSelf()) {
                    JavaClass used = dependency.getTargetClass().getBaseComponentType();
                    if (!used.isPrimitive() && !loads(runtime, used.getName())) {
                        missing.add(used.getName() + " (used by " + mainClass.getSimpleName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    private static URL[] urls(Path classpathFile) throws IOException {
        List<URL> urls = new ArrayList<>(List.of(url(Path.of("target", "classes").toString())));
        for (String entry : Files.readString(classpathFile).trim().split(File.pathSeparator)) {
            urls.add(url(entry));
        }
        return urls.toArray(URL[]::new);
    }

    private static boolean loads(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError notThere) {
            return false;
        }
    }

    private static URL url(String path) {
        try {
            return Path.of(path).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
