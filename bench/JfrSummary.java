import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of the create path: where the CPU goes (jdk.ExecutionSample) and where request
 * threads wait in native code, i.e. mostly on PostgreSQL (jdk.NativeMethodSample), by layer and by method, plus GC.
 *
 * <p>Run with the JDK's single-file launcher: {@code java bench/JfrSummary.java recording.jfr [top]}.
 */
public class JfrSummary {

    /** Layers by class-name prefix; the first match wins, so more specific prefixes come first. */
    static final String[][] LAYERS = {
            {"org.postgresql.", "PostgreSQL JDBC driver"},
            {"com.zaxxer.hikari.", "HikariCP pool"},
            {"org.hibernate.validator.", "Bean validation"},
            {"org.hibernate.", "Hibernate ORM"},
            {"org.axonframework.", "Axon Framework"},
            {"com.fasterxml.jackson.", "Jackson JSON"},
            {"com.nimbusds.", "Security (JWT, filters)"},
            {"org.springframework.security.", "Security (JWT, filters)"},
            {"org.springframework.transaction.", "Spring transactions/JDBC/ORM"},
            {"org.springframework.orm.", "Spring transactions/JDBC/ORM"},
            {"org.springframework.jdbc.", "Spring transactions/JDBC/ORM"},
            {"org.springframework.web.", "Web (Tomcat, Spring MVC)"},
            {"org.springframework.http.", "Web (Tomcat, Spring MVC)"},
            {"org.apache.catalina.", "Web (Tomcat, Spring MVC)"},
            {"org.apache.coyote.", "Web (Tomcat, Spring MVC)"},
            {"org.apache.tomcat.", "Web (Tomcat, Spring MVC)"},
            {"com.vaadin.", "Vaadin"},
            {"org.springframework.", "Spring (other)"},
            {"dev.crm.", "CRM code"},
    };

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java JfrSummary.java recording.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<RecordedStackTrace> cpu = new ArrayList<>();
        List<RecordedStackTrace> nativeWaits = new ArrayList<>();
        Map<String, Long> cpuByThread = new HashMap<>();
        Duration gcPauses = Duration.ZERO;
        int gcs = 0;
        long maxHeapUsedAfterGc = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        if (event.getStackTrace() != null) {
                            cpu.add(event.getStackTrace());
                            String thread = event.getThread("sampledThread") == null ? "?"
                                    : event.getThread("sampledThread").getJavaName();
                            cpuByThread.merge(threadGroup(thread), 1L, Long::sum);
                        }
                    }
                    case "jdk.NativeMethodSample" -> {
                        if (event.getStackTrace() != null && servesARequest(event.getStackTrace())) {
                            nativeWaits.add(event.getStackTrace());
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        gcs++;
                        gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                    }
                    case "jdk.GCHeapSummary" -> {
                        if ("After GC".equals(event.getString("when"))) {
                            maxHeapUsedAfterGc = Math.max(maxHeapUsedAfterGc, event.getLong("heapUsed"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        System.out.printf("CPU samples (jdk.ExecutionSample): %d%n", cpu.size());
        print("CPU by thread", cpuByThread, cpu.size(), top);
        print("CPU by layer, inclusive (a sample counts for every layer on its stack)", inclusiveLayers(cpu), cpu.size(), top);
        print("CPU by layer of the top frame (self time)", selfLayers(cpu), cpu.size(), top);
        print("CPU self time by method", selfMethods(cpu), cpu.size(), top);
        print("CPU self time charged to the first non-JDK method (a regex or HashMap inside Spring Security counts as Spring Security's)",
                chargedMethods(cpu), cpu.size(), top * 2);
        print("CPU by first CRM frame (which use case the CPU is spent under)", firstCrmFrame(cpu), cpu.size(), top);
        System.out.printf("%nRequest-thread samples in native code (jdk.NativeMethodSample; waiting on sockets = PostgreSQL): %d%n",
                nativeWaits.size());
        print("Native waits by the statement-issuing caller", nativeCallers(nativeWaits), nativeWaits.size(), top);
        System.out.printf("%nGC: %d collections, %d ms total pause, max heap used after GC %d MB%n", gcs,
                gcPauses.toMillis(), maxHeapUsedAfterGc / (1024 * 1024));
    }

    static boolean servesARequest(RecordedStackTrace stack) {
        return stack.getFrames().stream().anyMatch(f -> typeName(f).startsWith("dev.crm."));
    }

    static String threadGroup(String name) {
        return name.replaceAll("[-#]?\\d+$", "").replaceAll("-\\d+-", "-N-");
    }

    static String layer(String className) {
        for (String[] layer : LAYERS) {
            if (className.startsWith(layer[0])) {
                return layer[1];
            }
        }
        if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")) {
            return "JDK";
        }
        String[] parts = className.split("\\.");
        return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : className;
    }

    static String typeName(RecordedFrame frame) {
        return frame.getMethod() == null ? "?" : frame.getMethod().getType().getName();
    }

    static String methodName(RecordedFrame frame) {
        return typeName(frame) + "." + (frame.getMethod() == null ? "?" : frame.getMethod().getName());
    }

    static Map<String, Long> inclusiveLayers(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            Set<String> seen = new LinkedHashSet<>();
            stack.getFrames().forEach(f -> seen.add(layer(typeName(f))));
            seen.forEach(l -> counts.merge(l, 1L, Long::sum));
        }
        return counts;
    }

    /** Self time, but JDK frames are charged to the first non-JDK caller (a HashMap.get inside Hibernate is Hibernate's). */
    static Map<String, Long> selfLayers(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            String charged = "JDK";
            for (RecordedFrame frame : stack.getFrames()) {
                String l = layer(typeName(frame));
                if (!l.equals("JDK")) {
                    charged = l;
                    break;
                }
            }
            counts.merge(charged, 1L, Long::sum);
        }
        return counts;
    }

    static Map<String, Long> selfMethods(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            if (!stack.getFrames().isEmpty()) {
                counts.merge(methodName(stack.getFrames().get(0)), 1L, Long::sum);
            }
        }
        return counts;
    }

    static Map<String, Long> chargedMethods(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            String charged = "(JDK only)";
            for (RecordedFrame frame : stack.getFrames()) {
                if (!layer(typeName(frame)).equals("JDK")) {
                    charged = methodName(frame);
                    break;
                }
            }
            counts.merge(charged, 1L, Long::sum);
        }
        return counts;
    }

    static Map<String, Long> firstCrmFrame(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            String found = "(no CRM frame: framework, GC-free JIT, Tomcat I/O, …)";
            for (RecordedFrame frame : stack.getFrames()) {
                if (typeName(frame).startsWith("dev.crm.")) {
                    found = methodName(frame);
                    break;
                }
            }
            counts.merge(found, 1L, Long::sum);
        }
        return counts;
    }

    /** For a native wait, the first frame outside the JDK and the JDBC driver: who issued the statement. */
    static Map<String, Long> nativeCallers(List<RecordedStackTrace> stacks) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedStackTrace stack : stacks) {
            String caller = "?";
            for (RecordedFrame frame : stack.getFrames()) {
                String type = typeName(frame);
                String l = layer(type);
                if (!l.equals("JDK") && !l.equals("PostgreSQL JDBC driver") && !l.equals("HikariCP pool")
                        && !type.startsWith("org.springframework.jdbc.") && !type.startsWith("org.hibernate.engine.jdbc")
                        && !type.startsWith("org.hibernate.sql.exec") && !type.startsWith("org.hibernate.resource")) {
                    caller = methodName(frame);
                    break;
                }
            }
            counts.merge(caller, 1L, Long::sum);
        }
        return counts;
    }

    static void print(String title, Map<String, Long> counts, int total, int top) {
        System.out.printf("%n%s%n", title);
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((name, n) -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * n / Math.max(1, total), n, name));
    }
}
