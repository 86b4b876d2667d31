package dev.clauselint.core.bench;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap retained after reviewing the 1 MB stress document (the parsed document and its review kept
 * alive), and the peak heap during the review; run under -Xmx128m to show it fits.
 * Run: java -Xmx128m -cp ... dev.clauselint.core.bench.HeapMeasure [file]
 */
public final class HeapMeasure {
    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus", "large", "stress-1mb.md");
        Reviewer reviewer = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
        long before = used();
        byte[] bytes = Files.readAllBytes(file);
        Review review = reviewer.review(new ContractReader().read(bytes, file.getFileName().toString()));
        long after = used();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("file %s (%d KB): %d findings; retained heap %.1f MB; peak heap (all pools) %.1f MB; max heap %d MB%n",
                file.getFileName(), bytes.length / 1024, review.findings().size(), (after - before) / 1048576.0, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static long used() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
