package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.util.List;
import java.util.Random;

/**
 * Writes small Cobertura reports from a seed, full of what real reports do now and then: one file shared by several
 * classes with the same lines, duplicate line numbers, branch lines with and without (odd) condition coverage, odd
 * hits and complexity values, methods with and without lines, nested methods, empty packages, blank names, names and
 * paths with odd characters, elements in odd places, and now and then something coverage-model refuses or counts in
 * its own quirky way.
 */
final class RandomCobertura {
    private static final List<String> PACKAGES = List.of(
            "com.example",
            "com/example",
            "com\\example",
            "org.demo",
            ".",
            "-",
            "ünï.cödé",
            "a&amp;b",
            "&lt;default&gt;",
            "x y");
    private static final List<String> BLANK = List.of("", " ", "\t");
    private static final List<String> CLASSES = List.of(
            "Foo", "com.example.Foo", "com/example/Foo", "Foo$Inner", "bar.py", "ns::K&lt;int&gt;", "Über", "a\\b");
    private static final List<String> FILES = List.of(
            "com/example/Foo.java",
            "com\\example\\Foo.java",
            "./com/example/Foo.java",
            "com/example/../example/Foo.java",
            "/abs/src/Foo.java",
            "/_/det/Foo.cs",
            "Foo.java",
            "",
            ".",
            "src/",
            "dir with space/Ä.py",
            "lib/bar.py",
            "other/Foo.java",
            "a/b/c/d.ts",
            "com/example/Foo.java",
            "com/example/Foo.java/.",
            "lib/bar.py/x/..");
    private static final List<String> METHODS = List.of("run", "&lt;init&gt;", "get&amp;set", "λ");
    private static final List<String> SIGNATURES = List.of("()V", "(I)V", "", "(Ljava/lang/String;)Z");
    private static final List<String> HITS = List.of("0", "1", "7", "0", "3", "-1", "1.5", "99999999999", "+3", " 2");
    private static final List<String> CONDITIONS = List.of(
            "50% (1/2)",
            "100% (4/4)",
            "0% (0/2)",
            "(0/0)",
            "25% (1/4)",
            "x (3/3)",
            "50%",
            "(1/1)",
            "(0/1)",
            "99% (99999999999/3)",
            "(2/2) ",
            "75% (3/4)");
    private static final List<String> COMPLEXITIES = List.of("0", "2", "1.5", "2.5", "NaN", "abc", "-3", "1e2", "7");

    private final Random random;
    private final StringBuilder xml = new StringBuilder();
    private boolean quirky;
    private int names;

    private RandomCobertura(long seed) {
        random = new Random(seed);
    }

    /** A report, and whether it holds a quirk the fast reader leaves to coverage-model. */
    record Report(String xml, boolean quirky) {}

    static Report of(long seed) {
        RandomCobertura generator = new RandomCobertura(seed);
        generator.writeReport();
        return new Report(generator.xml.toString(), generator.quirky);
    }

    private void writeReport() {
        xml.append("<?xml version=\"1.0\"?>\n");
        if (chance(3)) {
            xml.append("<!DOCTYPE coverage SYSTEM \"http://cobertura.sourceforge.net/xml/coverage-04.dtd\">\n");
        }
        xml.append("<coverage line-rate=\"0.5\" version=\"2.1\">\n<sources>");
        xml.append(pick(List.of("<source>src/main/java</source>", "<source><![CDATA[lib]]><!-- x --></source>", "")));
        xml.append("</sources>\n<packages>\n");
        int packages = chance(20) ? 0 : 1 + random.nextInt(4);
        for (int p = 0; p < packages; p++) {
            writePackage();
        }
        xml.append("</packages>\n</coverage>\n");
    }

    private void writePackage() {
        xml.append("<package name=\"")
                .append(chance(30) ? pick(BLANK) : pick(PACKAGES))
                .append("\" line-rate=\"1\"><classes>\n");
        int classes = random.nextInt(5);
        for (int c = 0; c < classes; c++) {
            writeClass();
        }
        if (chance(25)) {
            xml.append("<line number=\"1\" hits=\"1\"/>"); // out of place: ignored
        }
        if (chance(40)) {
            xml.append("<method name=\"stray\" signature=\"()V\"></method>"); // its end tag ends the package
        }
        xml.append("</classes></package>\n");
    }

    private void writeClass() {
        xml.append("<class name=\"").append(name(CLASSES)).append('"');
        if (!chance(150)) {
            xml.append(" filename=\"").append(pick(FILES)).append('"');
        }
        complexity();
        xml.append(">\n<methods>\n");
        int methods = random.nextInt(4);
        for (int m = 0; m < methods; m++) {
            writeMethod(1);
        }
        if (chance(40)) {
            xml.append("<class name=\"Nested\" filename=\"n.java\"></class>"); // its end tag ends the outer class
        }
        xml.append("</methods>\n<lines>\n");
        writeLines();
        xml.append("</lines>\n</class>\n");
    }

    private void writeMethod(int depth) {
        xml.append("<method name=\"").append(name(METHODS)).append('"');
        if (!chance(150)) {
            xml.append(" signature=\"").append(pick(SIGNATURES)).append('"');
        }
        complexity();
        xml.append(">");
        if (!chance(4)) {
            xml.append("<lines>");
            writeLines();
            xml.append("</lines>");
        }
        if (depth < 2 && chance(10)) {
            writeMethod(depth + 1);
        }
        if (chance(40)) {
            xml.append("<class name=\"Nested\" filename=\"n.java\"/>"); // ends the method, whose end ends the class
        }
        xml.append("</method>\n");
    }

    private void writeLines() {
        int lines = random.nextInt(7);
        for (int l = 0; l < lines; l++) {
            xml.append("<line number=\"").append(1 + random.nextInt(8)).append('"');
            if (!chance(250)) {
                xml.append(" hits=\"").append(pick(HITS)).append('"');
            }
            String branch = chance(2) ? pick(List.of("true", "TRUE", "false", "yes")) : null;
            if (branch != null) {
                xml.append(" branch=\"").append(branch).append('"');
                if (!chance(5)) {
                    xml.append(" condition-coverage=\"").append(condition()).append('"');
                }
            }
            if (chance(30)) {
                xml.append(" xmlns:x=\"urn:x\" x:number=\"99\"");
            }
            xml.append(chance(8) ? "><conditions><condition number=\"0\" type=\"jump\"/></conditions></line>" : "/>");
            if (chance(30)) {
                xml.append("<x:line xmlns:x=\"urn:x\" number=\"1\" hits=\"1\"/>"); // another namespace: ignored
            }
        }
    }

    private String condition() {
        if (chance(60)) {
            quirky = true;
            return "(3/2)"; // more covered than all: coverage-model computes something odd
        }
        return pick(CONDITIONS);
    }

    private void complexity() {
        if (chance(2)) {
            xml.append(" complexity=\"").append(pick(COMPLEXITIES)).append('"');
        }
    }

    /** Mostly a fresh name; now and then a blank one, or one that may repeat (which coverage-model refuses). */
    private String name(List<String> pool) {
        if (chance(50)) {
            return pick(BLANK);
        }
        return chance(8) ? pick(pool) : pick(pool) + names++;
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
