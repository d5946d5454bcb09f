@{
    Synopsis    = 'States the MMS connection once for this PowerShell session.'
    Description = @'
Connect-Mms records a region or endpoint, credentials (-Credential with -SecurityToken, or -ProfileName) and a proxy for the current runspace. Later MMS cmdlets use them when their own connection parameters are absent; a parameter given on a call still wins, and credentials given on a call (either -Credential or -ProfileName) replace the recorded ones for that call.

The connection is resolved when you connect, so a missing profile, absent credentials or a refused endpoint fail here, not at the first call. No request is sent. Parameters left out are resolved at each call in the usual order (environment variables, then the aliyun CLI profile). The context belongs to this runspace only: other runspaces (ForEach-Object -Parallel, jobs) do not see it. Disconnect-Mms forgets it; Get-MmsContext shows it, without secrets.
'@
    Parameters  = @{}
    Inputs      = @(@{ Type = 'None'; Description = 'Connect-Mms takes no pipeline input.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Session.MmsContext'; Description = 'The recorded context: Region, Endpoint, ProfileName, Proxy, ResolvedEndpoint, CredentialSource, AccessKeyId, UsesSecurityToken.' })
    Examples    = @(
        @{
            Title   = 'Connect with a CLI profile'
            Code    = @'
Connect-Mms -Region cn-hangzhou -ProfileName prod
Get-MmsDataSource | Get-MmsDatabase | Get-MmsTable -Status FAILED
'@
            Remarks = 'Every later call uses cn-hangzhou and the prod profile of ~/.aliyun/config.json.'
        }
        @{
            Title   = 'Connect to the local emulator'
            Code    = @'
$emu = Start-MmsEmulator
Connect-Mms -Endpoint $emu.Endpoint -Credential $emu.Credential
Get-MmsTable -SourceId 2000028 | Measure-MmsMigration
'@
            Remarks = 'The runbook states the emulator once; no cmdlet needs -Endpoint or -Credential after that.'
        }
    )
    Links       = @('Get-MmsContext', 'Disconnect-Mms')
}
