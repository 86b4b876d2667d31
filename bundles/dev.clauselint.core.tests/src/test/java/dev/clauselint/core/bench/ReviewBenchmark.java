package dev.clauselint.core.bench;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Full analysis (read + parse + review with the default playbook) of each dev-corpus document and
 * of the 1 MB stress file, first time and repeated. Sample mode, so JMH reports the median (p0.50)
 * as well as the mean.
 * Run: ./mvnw -B -Pbench -pl bundles/dev.clauselint.core,bundles/dev.clauselint.core.tests verify
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// long warm-up: the JIT needs 10-20 s on two cores to compile the regex engine's paths for the
// playbook's 230 patterns; shorter runs measure the compiler as much as the review
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ReviewBenchmark {
    @Param({"alibaba__terms-of-service.md", "anthropic__commercial-terms.md", "cognition__terms-of-service.md",
            "deepseek__terms-of-use.md", "fal__terms-of-service.md", "google__terms-of-service.md",
            "lovable__terms-of-service.md", "meta__api-terms.md", "moonshot__terms-of-service.md",
            "openai__commercial-terms.md", "perplexity__terms-of-service.md", "stability__terms-of-service.md",
            "large/stress-1mb.md"})
    public String document;

    private byte[] bytes;
    private Reviewer reviewer;
    private final ContractReader reader = new ContractReader();

    @Setup
    public void setUp() throws Exception {
        Path corpus = Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus");
        bytes = Files.readAllBytes(corpus.resolve(document));
        reviewer = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
    }

    /** A document seen for the first time: nothing remembered about its sentences (patterns compiled). */
    @Benchmark
    public Review fullAnalysis() throws Exception {
        reviewer.forgetSentences();
        ContractDocument doc = reader.read(bytes, document);
        return reviewer.review(doc);
    }

    /** The same document again, as an editor re-reviews it: sentence results are remembered. */
    @Benchmark
    public Review repeatAnalysis() throws Exception {
        ContractDocument doc = reader.read(bytes, document);
        return reviewer.review(doc);
    }
}
