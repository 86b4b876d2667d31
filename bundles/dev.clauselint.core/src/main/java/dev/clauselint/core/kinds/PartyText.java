package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Occurrences;
import dev.clauselint.core.model.Parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a sentence so the document's party names read as neutral tokens: "Anthropic may use
 * Customer Content" becomes "xvendorx may use xcustomerx Content". Patterns then say {vendor} and
 * {customer} without knowing any names, so they compile once per playbook and a sentence's result
 * can be remembered across documents. Names match case-sensitively, or in ALL CAPS. Role words
 * ("Customer", "Provider") are left alone: the macros know them already.
 */
public final class PartyText {
    private static final PartyText NONE = new PartyText(null, List.of(), List.of());
    private final Pattern names;
    private final List<String> vendorNames;
    /** Texts already rewritten: an editor reviews the same contract on every keystroke. */
    private final Map<String, String> rewritten = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 50_000;
    /** The last few parties seen, so each review of the same contract reuses one instance and its memory. */
    private static final Map<Parties, PartyText> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Parties, PartyText> eldest) {
            return size() > 8;
        }
    };

    /** The first word of every name: a text containing none of them has no name to rewrite. */
    private final String[] firstWords;

    private PartyText(Pattern names, List<String> vendorNames, List<String> allNames) {
        this.names = names;
        this.vendorNames = vendorNames;
        this.firstWords = allNames.stream().map(n -> n.split(" ", 2)[0]).distinct().toArray(String[]::new);
    }

    public static PartyText of(Parties parties) {
        synchronized (RECENT) {
            return RECENT.computeIfAbsent(parties, PartyText::create);
        }
    }

    /** Forgets every rewritten text (benchmarks of a first review; memory back for a server). */
    public static void forgetAll() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }

    private static PartyText create(Parties parties) {
        if (parties.vendorNames().isEmpty() && parties.customerNames().isEmpty()) return NONE;
        List<String> all = new ArrayList<>();
        List<String> vendor = new ArrayList<>();
        for (String n : parties.vendorNames()) {
            if (Macros.VENDOR_ROLES.contains(n) || Macros.CUSTOMER_ROLES.contains(n)) continue;
            all.add(n);
            all.add(n.toUpperCase(Locale.ROOT));
            vendor.add(n);
            vendor.add(n.toUpperCase(Locale.ROOT));
        }
        for (String n : parties.customerNames()) {
            if (Macros.VENDOR_ROLES.contains(n) || Macros.CUSTOMER_ROLES.contains(n)) continue;
            all.add(n);
            all.add(n.toUpperCase(Locale.ROOT));
        }
        if (all.isEmpty()) return NONE;
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(all.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        sb.append(")(?=s\\b|['\u2019]s\\b|\\b)");
        return new PartyText(Pattern.compile(sb.toString()), vendor, all);
    }

    /** The text with every party name replaced by its party's token. */
    public String normalise(String text) {
        if (names == null) return text;
        String known = rewritten.get(text);
        if (known != null) return known;
        String result = rewrite(text);
        if (rewritten.size() > MAX_REMEMBERED) rewritten.clear();
        rewritten.put(text, result);
        return result;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Replaces each name by its party's token. A name can only start where the first word of
     * some name occurs, so the regex is tried at those places (found by plain searches) rather
     * than at every character: a brand named in every sentence ("Google") made this a tenth of
     * a review.
     */
    private String rewrite(String text) {
        Occurrences nameStarts = new Occurrences(text, firstWords);
        Matcher m = names.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder sb = null;
        int last = 0;
        int from = 0;
        int n = text.length();
        while (from < n) {
            int at = nameStarts.first(from);
            if (at < 0) break;
            if (!m.region(at, n).lookingAt()) {
                from = at + 1;
                continue;
            }
            if (sb == null) sb = new StringBuilder(n);
            sb.append(text, last, m.start());
            String name = SPACES.matcher(m.group()).replaceAll(" ");
            sb.append(vendorNames.contains(name) ? Macros.VENDOR_TOKEN : Macros.CUSTOMER_TOKEN);
            last = m.end();
            from = m.end();
        }
        return sb == null ? text : sb.append(text, last, n).toString();
    }
}
