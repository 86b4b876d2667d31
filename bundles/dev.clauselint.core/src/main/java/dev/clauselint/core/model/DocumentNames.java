package dev.clauselint.core.model;

import java.util.Locale;
import java.util.Map;

/**
 * The words this contract uses for its parties, its services and the customer's content, so
 * alternative wording reads as if the drafter wrote it ("Customer Content", not "your data").
 */
public record DocumentNames(String vendor, String vendorObject, String vendorPossessive,
                            String customer, String customerObject, String customerPossessive,
                            String services, String content) {

    /** Placeholders usable in alternative wording; a capitalised key capitalises the first letter. */
    public Map<String, String> placeholders() {
        return Map.of("vendor", vendor, "vendor_obj", vendorObject, "vendor_poss", vendorPossessive,
                "customer", customer, "customer_obj", customerObject, "customer_poss", customerPossessive,
                "services", services, "content", content);
    }

    /** Replaces {@code {vendor}}, {@code {Customer}} and the like; unknown placeholders stay as they are. */
    public String fill(String template) {
        Map<String, String> values = placeholders();
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                String value = values.get(key.toLowerCase(Locale.ROOT));
                if (value != null) {
                    boolean capital = Character.isUpperCase(key.charAt(0));
                    out.append(capital && !value.isEmpty()
                            ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
