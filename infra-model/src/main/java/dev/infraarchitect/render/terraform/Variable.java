package dev.infraarchitect.render.terraform;

import java.util.List;

/**
 * An input variable of a module or an environment. Every variable has a type and a description; a sensitive one
 * never has a default, so a credential can only come from outside the generated files.
 */
record Variable(String name, String type, String description, HclExpression defaultValue, boolean sensitive) {

    Variable {
        if (sensitive && defaultValue != null) {
            throw new IllegalArgumentException("sensitive variable " + name + " must not have a default");
        }
    }

    static Variable of(String name, String type, String description) {
        return new Variable(name, type, description, null, false);
    }

    static Variable withDefault(String name, String type, String description, HclExpression defaultValue) {
        return new Variable(name, type, description, defaultValue, false);
    }

    static Variable sensitive(String name, String description) {
        return new Variable(name, "string", description, null, true);
    }

    /** The {@code variable} blocks of a variables.tf file, in the order given. */
    static HclFile file(List<Variable> variables) {
        HclBody body = new HclBody();
        for (Variable v : variables) {
            HclBody block = body.block("variable", v.name());
            block.attribute("type", HclExpression.raw(v.type()));
            block.attribute("description", v.description());
            if (v.defaultValue() != null) {
                block.attribute("default", v.defaultValue());
            }
            if (v.sensitive()) {
                block.attribute("sensitive", HclExpression.bool(true));
            }
        }
        return new HclFile(body);
    }
}
