package io.jenkins.plugins.canarydeploy.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large Cobertura report shaped like those of real Java builds (packages of classes, methods with their
 * lines, every line again at class level, some branches with condition coverage), until it reaches a size.
 */
final class CoberturaGenerator {
    private CoberturaGenerator() {}

    /** Writes the report and returns its size in bytes. */
    static long generate(Path file, long targetBytes, long seed) throws IOException {
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" ?>\n<!DOCTYPE coverage SYSTEM"
                    + " \"http://cobertura.sourceforge.net/xml/coverage-04.dtd\">\n");
            out.write("<coverage line-rate=\"0.8\" branch-rate=\"0.6\" lines-covered=\"0\" lines-valid=\"0\""
                    + " branches-covered=\"0\" branches-valid=\"0\" complexity=\"0\" version=\"2.1.1\""
                    + " timestamp=\"1700000000000\">\n  <sources>\n    <source>src/main/java</source>\n  </sources>\n"
                    + "  <packages>\n");
            for (int p = 0; Files.size(file) < targetBytes; p++) {
                writePackage(out, p, random);
                out.flush();
            }
            out.write("  </packages>\n</coverage>\n");
        }
        return Files.size(file);
    }

    private static void writePackage(Writer out, int p, Random random) throws IOException {
        out.write("    <package name=\"com.example.module" + p + "\" line-rate=\"0.8\" branch-rate=\"0.6\""
                + " complexity=\"0\">\n      <classes>\n");
        for (int c = 0; c < 40; c++) {
            writeClass(out, "com/example/module" + p + "/Class" + c, random);
        }
        out.write("      </classes>\n    </package>\n");
    }

    private static void writeClass(Writer out, String name, Random random) throws IOException {
        out.write("        <class name=\"" + name.replace('/', '.') + "\" filename=\"" + name + ".java\""
                + " line-rate=\"0.8\" branch-rate=\"0.6\" complexity=\"0\">\n          <methods>\n");
        StringBuilder classLines = new StringBuilder();
        int line = 10;
        for (int m = 0; m < 8; m++) {
            out.write("            <method name=\"method" + m + "\" signature=\"(Ljava/lang/String;I)V\""
                    + " line-rate=\"0.8\" branch-rate=\"0.6\" complexity=\"2\">\n              <lines>\n");
            for (int l = 0; l < 12; l++, line++) {
                String text = line(line, random);
                out.write("                " + text);
                classLines.append("            ").append(text);
            }
            out.write("              </lines>\n            </method>\n");
            line += 3;
        }
        out.write("          </methods>\n          <lines>\n");
        out.write(classLines.toString());
        out.write("          </lines>\n        </class>\n");
    }

    private static String line(int number, Random random) {
        int hits = random.nextInt(10) < 8 ? 1 + random.nextInt(50) : 0;
        if (random.nextInt(6) == 0) {
            int covered = hits == 0 ? 0 : 1 + random.nextInt(2);
            return "<line number=\"" + number + "\" hits=\"" + hits + "\" branch=\"true\" condition-coverage=\""
                    + covered * 50 + "% (" + covered + "/2)\"/>\n";
        }
        return "<line number=\"" + number + "\" hits=\"" + hits + "\" branch=\"false\"/>\n";
    }
}
