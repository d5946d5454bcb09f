@{
    Synopsis    = 'Shows the MMS connection recorded by Connect-Mms, without secrets.'
    Description = @'
Get-MmsContext writes the context Connect-Mms recorded for this runspace: the region or endpoint given, the endpoint calls go to, where the credentials come from, the AccessKey ID and whether an STS token is in use. It never shows the AccessKey secret or the token. It writes nothing when Connect-Mms has not been called (or after Disconnect-Mms).
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Get-MmsContext takes no pipeline input.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Session.MmsContext'; Description = 'The recorded context.' })
    Examples    = @(
        @{
            Title   = 'Which connection is in use'
            Code    = 'Get-MmsContext'
            Remarks = 'Shows the endpoint and credential source that MMS cmdlets in this session use by default.'
        }
        @{
            Title   = 'Check in a runbook that a connection was stated'
            Code    = @'
if (-not (Get-MmsContext)) {
    Connect-Mms -Region cn-hangzhou -ProfileName prod
}
'@
            Remarks = 'Connects only when no context exists yet.'
        }
    )
    Links       = @('Connect-Mms', 'Disconnect-Mms')
}
