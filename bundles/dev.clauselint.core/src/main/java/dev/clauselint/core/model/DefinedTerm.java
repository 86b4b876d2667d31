package dev.clauselint.core.model;

import java.util.List;

/**
 * A capitalised term the contract defines, like a symbol in code.
 *
 * @param name          the term as defined, e.g. "Customer Content"
 * @param definition    plain range of the quoted term at its (first) definition
 * @param sentence      plain range of the sentence that defines it (its "definition" for hover)
 * @param uses          plain ranges of every later use (definitions excluded), in order
 * @param redefinitions plain ranges of further definitions of the same name
 */
public record DefinedTerm(String name, Span definition, Span sentence, List<Span> uses, List<Span> redefinitions) {
}
