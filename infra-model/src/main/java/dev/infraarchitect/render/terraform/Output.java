package dev.infraarchitect.render.terraform;

import java.util.List;

/** An output of a module or an environment: always described. */
record Output(String name, String description, HclExpression value) {

    static HclFile file(List<Output> outputs) {
        HclBody body = new HclBody();
        for (Output o : outputs) {
            HclBody block = body.block("output", o.name());
            block.attribute("description", o.description());
            block.attribute("value", o.value());
        }
        return new HclFile(body);
    }
}
