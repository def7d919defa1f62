ACME decision record ${number}: ${title}
Status: ${status} (${date})
Decided: ${decision}
