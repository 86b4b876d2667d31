package dev.clauselint.core.structure;

import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nests headings into a section tree. Real terms mix styles ("#" headings, "1." numbers, bold
 * run-in headings, ALL CAPS lines), so each style gets the depth at which it first appears, the way
 * a reader infers an outline: a later heading of that style closes every deeper section.
 */
final class SectionTreeBuilder {
    private record Open(int index, int rank) {
    }

    private final List<MutableSection> sections = new ArrayList<>();
    private final Map<String, Integer> rankOfStyle = new HashMap<>();
    private final Deque<Open> stack = new ArrayDeque<>();

    private static final class MutableSection {
        final int index;
        final String number;
        final String title;
        final Span heading;
        final int rank;
        final int parent;
        final List<Integer> children = new ArrayList<>();
        int extentEnd;
        int lastBlock;

        MutableSection(int index, String number, String title, Span heading, int rank, int parent, int block) {
            this.index = index;
            this.number = number;
            this.title = title;
            this.heading = heading;
            this.rank = rank;
            this.parent = parent;
            this.extentEnd = heading.end();
            this.lastBlock = block;
        }
    }

    /** Opens a section for a heading; returns its index. */
    int open(String style, String number, String title, Span heading, int block) {
        style = romanOrLetter(style, number);
        Integer known = rankOfStyle.get(style);
        int rank;
        if (known != null) {
            rank = known;
        } else {
            rank = stack.isEmpty() ? 1 : stack.peek().rank() + 1;
            rankOfStyle.put(style, rank);
        }
        while (!stack.isEmpty() && stack.peek().rank() >= rank) stack.pop();
        int parent = stack.isEmpty() ? -1 : stack.peek().index();
        int index = sections.size();
        sections.add(new MutableSection(index, number, title, heading, rank, parent, block));
        if (parent >= 0) sections.get(parent).children.add(index);
        stack.push(new Open(index, rank));
        return index;
    }

    private final Map<String, String> lastNumberOfStyle = new HashMap<>();

    /**
     * "(i)", "(v)" and "(x)" read as letters only right after "(h)", "(u)" and "(w)"; otherwise they
     * start a roman list, so "(i)" and "(ii)" nest alike.
     */
    private String romanOrLetter(String style, String number) {
        String previous = lastNumberOfStyle.get(style);
        if (style.equals("s1") && (number.equals("i") || number.equals("v") || number.equals("x"))) {
            char before = (char) (number.charAt(0) - 1);
            if (previous == null || previous.length() != 1 || previous.charAt(0) != before) style = "roman1";
        }
        lastNumberOfStyle.put(style, number);
        return style;
    }

    /** The innermost open section, or -1. */
    int current() {
        return stack.isEmpty() ? -1 : stack.peek().index();
    }

    /** Extends every open section over a block. */
    void cover(Span block, int blockIndex) {
        for (Open open : stack) {
            MutableSection s = sections.get(open.index());
            s.extentEnd = Math.max(s.extentEnd, block.end());
            s.lastBlock = blockIndex;
        }
    }

    List<Section> build() {
        List<Section> out = new ArrayList<>(sections.size());
        for (MutableSection s : sections) {
            out.add(new Section(s.index, s.number, s.title, s.heading, new Span(s.heading.start(), s.extentEnd), s.rank,
                    s.parent, List.copyOf(s.children), s.lastBlock));
        }
        return out;
    }
}
