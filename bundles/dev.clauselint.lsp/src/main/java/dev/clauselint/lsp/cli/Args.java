package dev.clauselint.lsp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal GNU-style argument scanner: {@code --name value}, {@code --name=value}, short aliases,
 * flags, and {@code --} to end options. Options and operands may be mixed.
 */
final class Args {
    /** An option read from the command line, in order. */
    record Option(String name, String value) {
    }

    final List<Option> options = new ArrayList<>();
    final List<String> operands = new ArrayList<>();

    /**
     * @param withValue long names (without dashes) that take a value
     * @param flags     long names that take none
     * @param aliases   short form ("-o") to long name ("output")
     */
    static Args parse(String command, List<String> args, Set<String> withValue, Set<String> flags,
                      Map<String, String> aliases) throws UsageException {
        Args out = new Args();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                out.operands.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name;
            String value = null;
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                if (eq >= 0) value = a.substring(eq + 1);
            } else {
                name = aliases.get(a);
                if (name == null) throw new UsageException("unknown option '" + a + "' for '" + command + "'");
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) throw new UsageException("option '--" + name + "' needs a value");
                    value = args.get(++i);
                }
                out.options.add(new Option(name, value));
            } else if (flags.contains(name)) {
                if (value != null) throw new UsageException("option '--" + name + "' takes no value");
                out.options.add(new Option(name, null));
            } else {
                throw new UsageException("unknown option '" + a + "' for '" + command + "'");
            }
        }
        return out;
    }

    boolean has(String name) {
        for (Option o : options) if (o.name.equals(name)) return true;
        return false;
    }

    /** The last value given for an option, or {@code fallback}. */
    String value(String name, String fallback) {
        String v = fallback;
        for (Option o : options) if (o.name.equals(name)) v = o.value;
        return v;
    }

    List<String> values(String name) {
        List<String> v = new ArrayList<>();
        for (Option o : options) if (o.name.equals(name)) v.add(o.value);
        return v;
    }
}
