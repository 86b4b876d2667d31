package dev.clauselint.eclipse.risk;

import org.eclipse.jface.viewers.ITreeContentProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as a tree: category ("data"), then severity (worst first), then the findings in
 * document order. The viewer's input is a {@link RiskReport}.
 */
final class RiskTree implements ITreeContentProvider {
    record CategoryNode(String category, List<SeverityNode> severities) {
        int size() {
            return severities.stream().mapToInt(s -> s.findings().size()).sum();
        }
    }

    record SeverityNode(String category, String severity, List<RiskFinding> findings) {
    }

    /** Categories by name; within each, severities in {@link RiskReport#SEVERITIES} order. */
    static List<CategoryNode> group(RiskReport report) {
        Map<String, List<RiskFinding>> byCategory = new TreeMap<>();
        for (RiskFinding f : report.findings()) {
            byCategory.computeIfAbsent(f.category() == null ? "other" : f.category(), k -> new ArrayList<>()).add(f);
        }
        List<CategoryNode> out = new ArrayList<>();
        byCategory.forEach((category, findings) -> {
            List<SeverityNode> severities = new ArrayList<>();
            for (String severity : RiskReport.SEVERITIES) {
                List<RiskFinding> some = findings.stream().filter(f -> severity.equals(f.severity())).toList();
                if (!some.isEmpty()) severities.add(new SeverityNode(category, severity, some));
            }
            out.add(new CategoryNode(category, severities));
        });
        return out;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof RiskReport report ? group(report).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof CategoryNode c) return c.severities().toArray();
        if (parent instanceof SeverityNode s) return s.findings().toArray();
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null; // not needed: the view never reveals an element by itself
    }

    @Override
    public boolean hasChildren(Object element) {
        return !(element instanceof RiskFinding);
    }
}
