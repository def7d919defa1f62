<#macro table header rows>
| ${header?join(" | ")} |
|<#list header as h> --- |</#list>
<#list rows as row>
| ${row?join(" | ")} |
</#list>
</#macro>
# ${project}: architecture

<#if description?has_content>
${description}

</#if>
## Services

Resources are per replica; CPU in cores. Monthly cost in ${currency} per environment, from minimum to maximum replicas.

<@table header=inventory.header rows=inventory.rows/>

## Dependencies

A solid arrow points from a service to a service it depends on (started first); a dashed arrow to a service it only sends traffic to (`talksTo`, no start order). An arrow is labelled with the port and protocol when the descriptor names them. Stateful services are drawn as cylinders, managed services dashed.

```mermaid
flowchart LR
<#list graph.tiers as tier>
  subgraph ${tier.id}[${tier.label}]
<#list tier.nodes as node>
    ${node}
</#list>
  end
</#list>
<#list graph.loose as node>
  ${node}
</#list>
<#list graph.edges as edge>
  ${edge.from} ${edge.arrow} ${edge.to}
</#list>
<#if graph.managed?has_content>
  classDef managed stroke-dasharray: 5 5
  class ${graph.managed?join(",")} managed
</#if>
```

## Deployment plan

Services of one phase can start in parallel; each phase starts when the one before it is up.

<#list deployment.phases as phase>
${phase?counter}. Phase ${phase.number}: ${phase.services}
</#list>
<#if deployment.criticalPath?has_content>

Critical path: ${deployment.criticalPath}
</#if>
<#if deployment.unscheduled?has_content>

Not scheduled (dependency cycle or unknown dependency): ${deployment.unscheduled}
</#if>

## Capacity plan
<#list capacity as env>

### ${env.name}

<#if env.replicasCap?has_content>
Replicas are capped at ${env.replicasCap} in this environment.

</#if>
<@table header=["Resource", "Demand", "Budget", "Use", "Status"] rows=env.budgets/>

Monthly cost: ${env.cost} ${currency}<#if env.costCeiling?has_content>, ceiling ${env.costCeiling} ${currency}: ${env.costVerdict}</#if>.
<#if env.use?has_content>

<@table header=["Scope", "Name", "Resource", "Used", "Limit", "Use", "Status"] rows=env.use/>
</#if>
</#list>

## Recovery objectives

| Objective | Target |
| --- | --- |
| Availability | ${recovery.availability} |
| RPO | ${recovery.rpo} |
| RTO | ${recovery.rto} |

<#if recovery.services?has_content>
<@table header=["Stateful service", "Backup interval", "Retention", "Point-in-time", "Meets RPO"] rows=recovery.services/>
<#else>
No stateful services.
</#if>
