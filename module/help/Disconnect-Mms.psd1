@{
    Synopsis    = 'Forgets the MMS connection recorded by Connect-Mms.'
    Description = @'
Disconnect-Mms removes the context of this runspace, with the credentials it holds. Later MMS cmdlets resolve their connection from their own parameters, the environment and the aliyun CLI profile again. It supports -WhatIf and -Confirm.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Disconnect-Mms takes no pipeline input.' })
    Outputs     = @(@{ Type = 'None'; Description = 'Disconnect-Mms writes nothing.' })
    Examples    = @(
        @{
            Title   = 'End a runbook cleanly'
            Code    = @'
Connect-Mms -Region cn-hangzhou -ProfileName prod
try { Get-MmsTable -SourceId 2000028 -Status FAILED }
finally { Disconnect-Mms }
'@
            Remarks = 'The credentials do not outlive the work that needed them.'
        }
        @{
            Title   = 'See what would be forgotten'
            Code    = 'Disconnect-Mms -WhatIf'
            Remarks = 'Names the endpoint whose connection would be forgotten, and changes nothing.'
        }
    )
    Links       = @('Connect-Mms', 'Get-MmsContext')
}
