# Architecture decisions: ${project}

<#if decisions?has_content>
| Number | Title | Status | Date |
| --- | --- | --- | --- |
<#list decisions as d>
| ${d.number} | ${d.link} | ${d.status} | ${d.date} |
</#list>
<#else>
No decisions recorded.
</#if>
