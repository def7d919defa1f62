# ${number}. ${title}

Date: ${date}

## Status

<#if supersededBy?has_content>
<#list supersededBy as link>
Superseded by ${link}
<#sep>

</#sep>
</#list>
<#else>
${status}
</#if>
<#list supersedes as link>

Supersedes ${link}
</#list>

## Context

<#if context?has_content>
${context}
<#else>
Not recorded.
</#if>

## Decision

<#if decision?has_content>
${decision}
<#else>
Not recorded.
</#if>

## Consequences

<#if !positive?has_content && !negative?has_content>
Not recorded.
</#if>
<#if positive?has_content>
### Positive

<#list positive as item>
- ${item}
</#list>
</#if>
<#if negative?has_content>
<#if positive?has_content>

</#if>
### Negative

<#list negative as item>
- ${item}
</#list>
</#if>
<#if alternatives?has_content>

## Alternatives

<#list alternatives as item>
- ${item}
</#list>
</#if>
<#if implementationNotes?has_content>

## Implementation Notes

${implementationNotes}
</#if>
<#if services?has_content>

## Services

<#list services as item>
- ${item}
</#list>
</#if>
