package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Kotlin calls: the callee, the value arguments (positional or {@code name = value}) and a trailing lambda,
 * with {@code f(a) { ... }} (parsed as a call of a call) seen as one call.
 */
record KotlinArgs(TSNode callee, List<TSNode> arguments, TSNode lambda) {

    static KotlinArgs of(TSNode call) {
        TSNode callee = call.getNamedChild(0);
        TSNode suffix = Nodes.firstNamed(call, "call_suffix").orElse(null);
        List<TSNode> arguments = new ArrayList<>();
        TSNode lambda = null;
        boolean hasArguments = false;
        if (suffix != null) {
            for (TSNode part : Nodes.children(suffix)) {
                if (part.getType().equals("value_arguments")) {
                    hasArguments = true;
                    arguments.addAll(Nodes.children(part, "value_argument"));
                } else if (part.getType().equals("annotated_lambda")) {
                    lambda = Nodes.firstNamed(part, "lambda_literal").orElse(null);
                }
            }
        }
        if (!hasArguments && lambda != null && callee.getType().equals("call_expression")) {
            KotlinArgs inner = of(callee);
            if (inner.lambda() == null) {
                return new KotlinArgs(inner.callee(), inner.arguments(), lambda);
            }
        }
        return new KotlinArgs(callee, arguments, lambda);
    }

    /** The name of a {@code name = value} argument. */
    static Optional<String> name(ParsedFile file, TSNode argument) {
        if (!argument.getType().equals("value_argument") || !Nodes.hasToken(argument, "=")) {
            return Optional.empty();
        }
        return Nodes.firstNamed(argument, "simple_identifier").map(file::text);
    }

    /** The expression of an argument (the node itself when it is not a value_argument). */
    static TSNode expression(TSNode argument) {
        if (!argument.getType().equals("value_argument") || argument.getNamedChildCount() == 0) {
            return argument;
        }
        return argument.getNamedChild(argument.getNamedChildCount() - 1);
    }

    /** The argument named {@code name}, else the positional one at {@code position} (-1: none). */
    Optional<TSNode> argument(ParsedFile file, String name, int position) {
        int index = 0;
        for (TSNode argument : arguments) {
            Optional<String> named = name(file, argument);
            if (named.isPresent() && named.get().equals(name)) {
                return Optional.of(expression(argument));
            }
        }
        for (TSNode argument : arguments) {
            if (name(file, argument).isEmpty()) {
                if (index == position) {
                    return Optional.of(expression(argument));
                }
                index++;
            }
        }
        return Optional.empty();
    }

    /** The simple or qualified name the callee is written as ("addTool", "server.addTool", "Tool.Input"). */
    String calleeText(ParsedFile file) {
        return file.text(callee).replaceAll("\\s+", "");
    }
}
